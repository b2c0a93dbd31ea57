/**
 * Canonical spelling of a token for noise-insensitive comparison: typographic
 * quotes, apostrophes and dash variants collapse to ASCII, ligatures and
 * invisible format characters disappear. Case is kept: a change of case can be
 * a real edit ("states" vs "States").
 */

const DOUBLE_QUOTES = /[“”„‟«»″]/g;
const SINGLE_QUOTES = /[‘’‚‛′`]/g;
const DASHES = /[‐‑‒–—―−]/g;
const FORMAT_CHARS = /\p{Cf}/gu;

export function normalizeToken(text: string): string {
  return text
    .replace(FORMAT_CHARS, '')
    .normalize('NFKC')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-');
}
