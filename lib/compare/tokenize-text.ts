/**
 * Splits a paragraph into tokens that cover it exactly (their texts concatenate
 * back to the input), so word diffs never cut a word in half and can always
 * reproduce the original text.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'space' | 'marker';

export interface TextToken {
  kind: TokenKind;
  text: string;
}

// Letters, combining marks and invisible format characters (soft hyphen, zero-width
// space) belong to one word: PDF extraction sprinkles the latter inside words.
const LETTER = String.raw`[\p{L}\p{M}\p{Cf}]`;
const ALNUM = String.raw`[\p{L}\p{M}\p{Cf}\p{N}]`;
const CONNECTOR = String.raw`[-'’‐‑/.]`;
const NUMBER_CONNECTOR = String.raw`[-‐‑–/.,:]`;
// Superscript digits, asterisks and daggers are footnote markers in UN texts.
const MARKER = String.raw`[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡]+`;

const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(\s+)`,
    `(${MARKER})`,
    `(${LETTER}+(?:${CONNECTOR}${ALNUM}+)*)`,
    String.raw`(\p{N}+(?:${NUMBER_CONNECTOR}\p{N}+)*)`,
    '([^])',
  ].join('|'),
  'gu',
);

export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const [whole, space, marker, word, number] = match;
    const kind: TokenKind = space ? 'space' : marker ? 'marker' : word ? 'word' : number ? 'number' : 'punct';
    tokens.push({ kind, text: whole });
  }
  return tokens;
}
