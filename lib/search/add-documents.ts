import type { CorpusDocument } from '../corpus/types';
import { getKindFactor, isAdoptedKind } from './document-kinds';
import { hashTriple } from './hash-words';
import { pushInt, type IntBuffer } from './int-buffer';
import { getOrAddIntValue } from './int-hash-map';
import { removeDocument } from './remove-document';
import { normalizeWord, scanRawWords } from './scan-words';
import { stemWord } from './stem-word';
import type { PostingList, SearchIndex } from './types';

function createPostingList(): PostingList {
  return { data: new Int32Array(2), size: 0, df: 0 };
}

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
      index.termPostings.push(createPostingList());
      pushInt(index.termLastParagraph, -1);
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

/**
 * Adds paragraphId to the list, or bumps its term frequency when this paragraph
 * already added it: a paragraph's postings are always the last ones in each list.
 */
function notePosting(list: PostingList, last: IntBuffer, featureId: number, paragraphId: number): void {
  if (last.data[featureId] === paragraphId) {
    const packed = list.data[list.size - 1];
    if ((packed & 15) < 15) list.data[list.size - 1] = packed + 1;
    return;
  }
  last.data[featureId] = paragraphId;
  if (list.size === list.data.length) {
    const grown = new Int32Array(list.data.length * 2);
    grown.set(list.data);
    list.data = grown;
  }
  list.data[list.size++] = (paragraphId << 4) | 1;
  list.df++;
}

function indexParagraphFeatures(index: SearchIndex, paragraphId: number, start: number, count: number): void {
  const tokens = index.tokens.data;
  const wordStem = index.wordStem.data;
  const createShingle = (): number => {
    index.shinglePostings.push(createPostingList());
    pushInt(index.shingleLastParagraph, -1);
    return index.shinglePostings.length - 1;
  };
  let previous2 = -1;
  let previous1 = -1;
  for (let i = 0; i < count; i++) {
    const stemId = wordStem[tokens[start + i]];
    notePosting(index.termPostings[stemId], index.termLastParagraph, stemId, paragraphId);
    if (i >= 2) {
      const featureId = getOrAddIntValue(index.shingleIds, hashTriple(previous2, previous1, stemId), createShingle);
      notePosting(index.shinglePostings[featureId], index.shingleLastParagraph, featureId, paragraphId);
    }
    previous2 = previous1;
    previous1 = stemId;
  }
}

/**
 * Indexes the documents' paragraphs. A document whose id is already indexed is
 * replaced, so re-importing a corrected text never leaves stale paragraphs behind.
 */
export function addDocuments(index: SearchIndex, docs: CorpusDocument[]): void {
  for (const doc of docs) {
    if (index.documentSlotById.has(doc.id)) removeDocument(index, doc.id);
    const slot = index.documents.length;
    index.documents.push({
      doc,
      alive: true,
      adopted: isAdoptedKind(doc.kind),
      kindFactor: getKindFactor(doc.kind),
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
      pushInt(index.tokenStart, start);
      pushInt(index.tokenCount, count);
      pushInt(index.paragraphAlive, 1);
      index.liveParagraphs++;
      index.liveTokens += count;
      indexParagraphFeatures(index, paragraphId, start, count);
    });
  }
  if (index.scores.length < index.paragraphDoc.size) {
    index.scores = new Float32Array(Math.max(index.paragraphDoc.size, index.scores.length * 2));
  }
}
