import { hashTriple } from './hash-words';
import { getIntValue } from './int-hash-map';
import type { SearchIndex } from './types';

/**
 * Takes a document out of the results without compacting: its paragraphs are
 * tombstoned and their features' document frequencies lowered at once; the
 * dead postings are skipped while searching rather than spliced out, which
 * keeps removal cheap. Returns false when the id is unknown.
 */
export function tombstoneDocument(index: SearchIndex, id: string): boolean {
  const slot = index.documentSlotById.get(id);
  if (slot === undefined) return false;
  const entry = index.documents[slot];
  entry.alive = false;
  index.documentSlotById.delete(id);
  const tokens = index.tokens.data;
  const wordStem = index.wordStem.data;
  for (let p = entry.firstParagraph; p < entry.firstParagraph + entry.paragraphCount; p++) {
    if (index.liveLength.data[p] < 0) continue;
    index.liveLength.data[p] = -1;
    const start = index.tokenStart.data[p];
    const count = index.tokenCount.data[p];
    index.liveParagraphs--;
    index.liveTokens -= count;
    const stems = new Set<number>();
    const shingles = new Set<number>();
    for (let i = 0; i < count; i++) stems.add(wordStem[tokens[start + i]]);
    for (let i = 0; i + 2 < count; i++) {
      shingles.add(hashTriple(wordStem[tokens[start + i]], wordStem[tokens[start + i + 1]], wordStem[tokens[start + i + 2]]));
    }
    for (const stemId of stems) index.terms.df.data[stemId]--;
    for (const hash of shingles) {
      const featureId = getIntValue(index.shingleIds, hash);
      if (featureId >= 0) index.shingles.df.data[featureId]--;
    }
  }
  return true;
}
