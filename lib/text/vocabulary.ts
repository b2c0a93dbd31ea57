/**
 * Word frequencies gathered from a body of text. Used to repair words that a
 * PDF extraction split in two ("vulnerabi lity") without keeping a word list:
 * a join is only trusted when the corpus itself uses the joined form.
 */
export interface Vocabulary {
  /** Lower-cased word → number of occurrences. */
  readonly counts: ReadonlyMap<string, number>;
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
/** Enumeration markers such as "(e)" or "(iv)" would make letters look like common words. */
const ENUMERATION_MARKER = /\(\*?[a-z]{1,5}\*?\)/gi;

/**
 * Codes such as "IV.46.f" or "A/RES/61/144" are not prose: their letters are
 * not words. A code starts where a run of word characters starts; without the
 * look-behind the expression would be retried from every letter of a long
 * word that is not a code, in time quadratic in the word's length.
 */
const CODE = /(?<![\w-])[\w-]+(?:[./][\w-]+)+/g;

function removeNonWords(text: string): string {
  return text.replace(ENUMERATION_MARKER, ' ').replace(CODE, ' ');
}

export function tokenizeWords(text: string): string[] {
  return removeNonWords(text).match(WORD) ?? [];
}

export function buildVocabulary(texts: Iterable<string>, base?: Vocabulary): Vocabulary {
  const counts = new Map<string, number>(base?.counts ?? []);
  for (const text of texts) {
    // Word by word rather than through an array of all words: a long text's array is copied by every garbage collection.
    for (const [word] of removeNonWords(text).matchAll(WORD)) {
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { counts };
}

export function countWord(vocabulary: Vocabulary, word: string): number {
  return vocabulary.counts.get(word.toLowerCase()) ?? 0;
}

const longestWords = new WeakMap<ReadonlyMap<string, number>, number>();

/** Length of the longest word the vocabulary knows: no longer word can be attested. Computed once per vocabulary. */
export function measureLongestWord(vocabulary: Vocabulary): number {
  let longest = longestWords.get(vocabulary.counts);
  if (longest === undefined) {
    longest = 0;
    for (const word of vocabulary.counts.keys()) longest = Math.max(longest, word.length);
    longestWords.set(vocabulary.counts, longest);
  }
  return longest;
}
