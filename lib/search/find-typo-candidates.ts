import type { SearchIndex } from './types';

/** Shortest query word we try to correct: shorter ones have too many neighbours to guess from. */
export const MIN_TYPO_LENGTH = 5;

/** True when b is a single insertion, deletion, substitution or swap of adjacent letters away from a. */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function listDeletionKeys(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** The deletion index grows with the vocabulary the first time a typo is looked up after an import. */
function updateTypoIndex(index: SearchIndex): void {
  const { typo, words } = index;
  for (let id = typo.indexedWords; id < words.length; id++) {
    const word = words[id];
    if (word.length < MIN_TYPO_LENGTH - 1 || /\d/.test(word)) continue;
    for (const key of listDeletionKeys(word)) {
      const ids = typo.keys.get(key);
      if (ids === undefined) typo.keys.set(key, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
  }
  typo.indexedWords = words.length;
}

/**
 * Stem ids of live vocabulary words one edit away from `word`, most frequent first.
 * Two words one edit apart always share a key among {word, its one-letter deletions}.
 */
export function findTypoCandidates(index: SearchIndex, word: string): number[] {
  if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return [];
  updateTypoIndex(index);
  // stem id → its first candidate word alphabetically: ties are broken by spelling, not by id,
  // since ids follow the order documents were added in
  const stems = new Map<number, string>();
  for (const key of listDeletionKeys(word)) {
    for (const id of index.typo.keys.get(key) ?? []) {
      const candidate = index.words[id];
      if (!isWithinOneEdit(word, candidate)) continue;
      const stemId = index.wordStem.data[id];
      if (index.terms.df.data[stemId] <= 0) continue;
      const known = stems.get(stemId);
      if (known === undefined || candidate < known) stems.set(stemId, candidate);
    }
  }
  return [...stems.keys()].sort((x, y) => {
    const byFrequency = index.terms.df.data[y] - index.terms.df.data[x];
    if (byFrequency !== 0) return byFrequency;
    const a = stems.get(x)!;
    const b = stems.get(y)!;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
