const suffixes = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies', 'undecies', 'duodecies'];

/**
 * Latin multiplicative adverbs, as the UN numbers inserted or alternative
 * paragraphs ("4 bis", "4 ter"); the first alternative (index 0) is "bis".
 */
export function deriveAlternativeSuffix(index: number): string {
  return suffixes[index] ?? `(${index + 2})`;
}
