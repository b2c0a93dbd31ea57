/**
 * Word scanning shared by indexing, querying, highlighting and the agreed-language
 * check, so that a query word and a corpus word normalise the same way: lower case,
 * curly and straight apostrophes folded, a possessive "'s" dropped, hyphens and
 * slashes split ("socio-economic" → "socio", "economic"; "10/3" → "10", "3").
 * Footnote superscripts are not word characters, so "Crime¹" reads as "crime".
 */

const WORD_CHAR_CACHE = new Map<number, boolean>();
const UNICODE_WORD_CHAR = /^[\p{L}\p{Nd}\p{M}]$/u;

function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  let known = WORD_CHAR_CACHE.get(code);
  if (known === undefined) {
    known = UNICODE_WORD_CHAR.test(String.fromCharCode(code));
    WORD_CHAR_CACHE.set(code, known);
  }
  return known;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018;
}

export function normalizeWord(raw: string): string {
  let word = raw.toLowerCase();
  if (word.length > 2) {
    const tail = word.charCodeAt(word.length - 2);
    if (isApostrophe(tail) && word.endsWith('s')) word = word.slice(0, -2);
  }
  return /['\u2018\u2019]/.test(word) ? word.replace(/['\u2018\u2019]/g, '') : word;
}

/** Calls onWord for each word with its normalised form and its [start, end) offsets in text. */
export function scanWords(text: string, onWord: (word: string, start: number, end: number) => void): void {
  scanRawWords(text, (raw, start, end) => {
    const word = normalizeWord(raw);
    if (word.length > 0) onWord(word, start, end);
  });
}

/** Like scanWords, but hands over each word as written, for callers that cache normalisation. */
export function scanRawWords(text: string, onWord: (raw: string, start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= length) break;
    const start = i;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isWordCode(code)) {
        i++;
      } else if (isApostrophe(code) && i + 1 < length && isWordCode(text.charCodeAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    onWord(text.slice(start, i), start, i);
  }
}

export interface ScannedWords {
  words: string[];
  starts: number[];
  ends: number[];
}

export function splitWords(text: string): ScannedWords {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  scanWords(text, (word, start, end) => {
    words.push(word);
    starts.push(start);
    ends.push(end);
  });
  return { words, starts, ends };
}
