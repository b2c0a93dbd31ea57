import type { CorpusDocument } from '../corpus/types';
import { getKindFactor, isAdoptedKind } from './document-kinds';
import { hashParagraphKey, hashTriple } from './hash-words';
import { pushInt } from './int-buffer';
import { getOrAddIntValue } from './int-hash-map';
import { noteParagraphLanguage } from './language-key';
import { normalizeWord, scanRawWords } from './scan-words';
import { stemWord } from './stem-word';
import { addPostingFeature, notePosting } from './posting-pool';
import { normalizeLead } from './detect-query-facets';
import { tombstoneDocument } from './tombstone-document';
import type { SearchIndex } from './types';

/** Id of a normalised word, registering it (and its stem) when new. */
export function getWordId(index: SearchIndex, word: string): number {
  let id = index.wordIds.get(word);
  if (id === undefined) {
    id = index.words.length;
    index.words.push(word);
    index.wordIds.set(word, id);
    const stem = stemWord(word);
    let stemId = index.stemIds.get(stem);
    if (stemId === undefined) {
      stemId = index.stemIds.size;
      index.stemIds.set(stem, stemId);
      addPostingFeature(index.terms);
    }
    pushInt(index.wordStem, stemId);
  }
  return id;
}

function getSurfaceWordId(index: SearchIndex, raw: string): number {
  let id = index.surfaceIds.get(raw);
  if (id === undefined) {
    const word = normalizeWord(raw);
    id = word.length > 0 ? getWordId(index, word) : -1;
    index.surfaceIds.set(raw, id);
  }
  return id;
}

function getLeadId(index: SearchIndex, lead: string | undefined): number {
  if (lead === undefined) return -1;
  const key = normalizeLead(lead);
  if (key.length === 0) return -1;
  let id = index.leadIds.get(key);
  if (id === undefined) {
    id = index.leadIds.size;
    index.leadIds.set(key, id);
    index.longestLead = Math.max(index.longestLead, key.split(' ').length);
  }
  return id;
}

function indexParagraphFeatures(index: SearchIndex, paragraphId: number, start: number, count: number): void {
  const tokens = index.tokens.data;
  const wordStem = index.wordStem.data;
  const createShingle = (): number => addPostingFeature(index.shingles);
  let previous2 = -1;
  let previous1 = -1;
  for (let i = 0; i < count; i++) {
    const stemId = wordStem[tokens[start + i]];
    notePosting(index.terms, stemId, paragraphId);
    if (i >= 2) {
      const featureId = getOrAddIntValue(index.shingleIds, hashTriple(previous2, previous1, stemId), createShingle);
      notePosting(index.shingles, featureId, paragraphId);
    }
    previous2 = previous1;
    previous1 = stemId;
  }
}

/**
 * Indexes the documents' paragraphs. A document whose id is already indexed is
 * replaced, so re-importing a corrected text never leaves stale paragraphs
 * behind. Does not compact (addDocuments does); the compaction itself uses this.
 */
export function indexDocuments(index: SearchIndex, docs: CorpusDocument[]): void {
  for (const doc of docs) {
    if (index.documentSlotById.has(doc.id)) tombstoneDocument(index, doc.id);
    const slot = index.documents.length;
    index.documents.push({
      doc,
      alive: true,
      adopted: isAdoptedKind(doc.kind),
      kindFactor: getKindFactor(doc),
      firstParagraph: index.paragraphDoc.size,
      paragraphCount: doc.paragraphs.length,
    });
    index.documentSlotById.set(doc.id, slot);
    doc.paragraphs.forEach((paragraph, paragraphSlot) => {
      const paragraphId = index.paragraphDoc.size;
      const start = index.tokens.size;
      scanRawWords(paragraph.text, (raw) => {
        const id = getSurfaceWordId(index, raw);
        if (id >= 0) pushInt(index.tokens, id);
      });
      const count = index.tokens.size - start;
      pushInt(index.paragraphDoc, slot);
      pushInt(index.paragraphSlot, paragraphSlot);
      pushInt(index.paragraphKey, hashParagraphKey(doc.id, paragraphSlot));
      pushInt(index.paragraphLead, getLeadId(index, paragraph.lead));
      pushInt(index.tokenStart, start);
      pushInt(index.tokenCount, count);
      pushInt(index.liveLength, count);
      index.liveParagraphs++;
      index.liveTokens += count;
      indexParagraphFeatures(index, paragraphId, start, count);
      noteParagraphLanguage(index, paragraphId, paragraph.text);
    });
  }
  if (index.scores.length < index.paragraphDoc.size) {
    index.scores = new Float32Array(Math.max(index.paragraphDoc.size, index.scores.length * 2));
  }
}
