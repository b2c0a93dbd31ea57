import type { CorpusDocument } from '../corpus/types';
import { getKindFactor, isAdoptedKind } from './document-kinds';
import { hashTriple } from './hash-words';
import { pushInt } from './int-buffer';
import { removeDocument } from './remove-document';
import { scanWords } from './scan-words';
import { stemWord } from './stem-word';
import type { PostingList, SearchIndex } from './types';

let stemScratch = new Int32Array(1024);
let shingleScratch = new Int32Array(1024);

function ensureScratch(length: number): void {
  if (stemScratch.length < length) {
    stemScratch = new Int32Array(length * 2);
    shingleScratch = new Int32Array(length * 2);
  }
}

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
    }
    pushInt(index.wordStem, stemId);
  }
  return id;
}

function createPostingList(): PostingList {
  return { data: new Int32Array(2), size: 0, df: 0 };
}

function appendPosting(list: PostingList, paragraphId: number, tf: number): void {
  if (list.size === list.data.length) {
    const grown = new Int32Array(list.data.length * 2);
    grown.set(list.data);
    list.data = grown;
  }
  list.data[list.size++] = (paragraphId << 4) | (tf > 15 ? 15 : tf);
  list.df++;
}

/** Appends postings for runs of equal values in a sorted scratch array. */
function appendSortedRuns(
  sorted: Int32Array,
  length: number,
  paragraphId: number,
  getList: (value: number) => PostingList,
): void {
  let i = 0;
  while (i < length) {
    const value = sorted[i];
    let j = i + 1;
    while (j < length && sorted[j] === value) j++;
    appendPosting(getList(value), paragraphId, j - i);
    i = j;
  }
}

function indexParagraphFeatures(index: SearchIndex, paragraphId: number, start: number, count: number): void {
  ensureScratch(count);
  const tokens = index.tokens.data;
  const wordStem = index.wordStem.data;
  for (let i = 0; i < count; i++) stemScratch[i] = wordStem[tokens[start + i]];
  for (let i = 0; i + 2 < count; i++) {
    shingleScratch[i] = hashTriple(stemScratch[i], stemScratch[i + 1], stemScratch[i + 2]);
  }
  const shingleCount = Math.max(0, count - 2);
  const sortedShingles = shingleScratch.subarray(0, shingleCount).sort();
  appendSortedRuns(sortedShingles, shingleCount, paragraphId, (hash) => {
    let featureId = index.shingleIds.get(hash);
    if (featureId === undefined) {
      featureId = index.shinglePostings.length;
      index.shingleIds.set(hash, featureId);
      index.shinglePostings.push(createPostingList());
    }
    return index.shinglePostings[featureId];
  });
  const sortedStems = stemScratch.subarray(0, count).sort();
  appendSortedRuns(sortedStems, count, paragraphId, (stemId) => index.termPostings[stemId]);
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
      scanWords(paragraph.text, (word) => pushInt(index.tokens, getWordId(index, word)));
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
