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

// Plain ASCII apart from the backtick needs no work; most tokens are.
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

export function normalizeToken(text: string): string {
  if (PLAIN_ASCII.test(text)) return text;
  return text.replace(FORMAT_CHARS, '').normalize('NFKC').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-');
}
