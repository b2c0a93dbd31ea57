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

/** Codes such as "IV.46.f" or "A/RES/61/144" are not prose: their letters are not words. */
const CODE = /[\w-]+(?:[./][\w-]+)+/g;

export function tokenizeWords(text: string): string[] {
  return text.replace(ENUMERATION_MARKER, ' ').replace(CODE, ' ').match(WORD) ?? [];
}

export function buildVocabulary(texts: Iterable<string>, base?: Vocabulary): Vocabulary {
  const counts = new Map<string, number>(base?.counts ?? []);
  for (const text of texts) {
    for (const word of tokenizeWords(text)) {
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { counts };
}

export function countWord(vocabulary: Vocabulary, word: string): number {
  return vocabulary.counts.get(word.toLowerCase()) ?? 0;
}
