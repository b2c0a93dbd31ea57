/**
 * Pairs of square brackets in a text, as an observer tallies them: each "]" that closes an open "[" is one pair,
 * nested pairs count each; a stray "[" or "]" (a typo, or a bracket split across paragraphs) counts nothing.
 */
export function countBracketPairs(text: string): number {
  let open = 0;
  let pairs = 0;
  for (const character of text) {
    if (character === '[') open += 1;
    else if (character === ']' && open > 0) {
      open -= 1;
      pairs += 1;
    }
  }
  return pairs;
}
