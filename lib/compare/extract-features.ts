/**
 * Word and word-pair features of a paragraph, used to decide which paragraphs
 * correspond. Pairs keep some word order; single words survive rewording.
 * Boilerplate is flagged so it can be weighted down. Features are numbers
 * (word ids, or two word ids packed together) to keep large comparisons fast.
 */

import { BOILERPLATE_PHRASES, LEAD_WORDS, STOPWORDS } from './boilerplate';
import { normalizeToken } from './normalize-token';

export interface RawFeatures {
  /** Feature keys, ascending, without repeats. */
  keys: number[];
  /** Multiplier applied to each key's IDF weight (< 1 for boilerplate). */
  factors: number[];
}

const BOILERPLATE_FACTOR = 0.05;
const LEAD_FACTOR = 0.1;
/** Word ids stay below this, so a pair packs into one safe integer. */
const PAIR_BASE = 2 ** 24;

// Decimal digits only: superscript footnote digits are not words.
const WORD_PATTERN = /[\p{L}\p{M}\p{Nd}]+(?:[-‐‑'’/.][\p{L}\p{M}\p{Nd}]+)*/gu;
const NEEDS_NORMALIZING = /[^\x20-\x7e]/;

const PHRASES_BY_FIRST_WORD = indexPhrases(BOILERPLATE_PHRASES);

export function extractFeatures(text: string, wordIds: Map<string, number>): RawFeatures {
  const words = extractContentWords(text);
  const boilerplate = flagBoilerplate(words);
  const entries: [number, number][] = [];
  let previousId = -1;
  words.forEach((word, index) => {
    let id = wordIds.get(word);
    if (id === undefined) wordIds.set(word, (id = wordIds.size % PAIR_BASE));
    const factor = boilerplate[index] ? BOILERPLATE_FACTOR : LEAD_WORDS.has(word) ? LEAD_FACTOR : 1;
    entries.push([id, factor]);
    if (previousId >= 0) {
      const pairFactor = boilerplate[index] && boilerplate[index - 1] ? BOILERPLATE_FACTOR : Math.min(1, factor * 2);
      entries.push([(previousId + 1) * PAIR_BASE + id, pairFactor]);
    }
    previousId = id;
  });
  entries.sort((x, y) => x[0] - y[0]);
  const keys: number[] = [];
  const factors: number[] = [];
  for (const [key, factor] of entries) {
    if (keys.at(-1) === key) factors[factors.length - 1] = Math.max(factors.at(-1)!, factor);
    else {
      keys.push(key);
      factors.push(factor);
    }
  }
  return { keys, factors };
}

export function extractContentWords(text: string): string[] {
  const words: string[] = [];
  for (const [match] of text.toLowerCase().matchAll(WORD_PATTERN)) {
    const word = NEEDS_NORMALIZING.test(match) ? normalizeToken(match) : match;
    if (!STOPWORDS.has(word)) words.push(word);
  }
  return words;
}

function indexPhrases(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ').filter((word) => !STOPWORDS.has(word));
    const first = words[0];
    if (first === undefined) continue;
    index.set(first, [...(index.get(first) ?? []), words]);
  }
  return index;
}

function flagBoilerplate(words: string[]): boolean[] {
  const flags = words.map(() => false);
  for (let start = 0; start < words.length; start += 1) {
    for (const phrase of PHRASES_BY_FIRST_WORD.get(words[start]!) ?? []) {
      if (start + phrase.length > words.length) continue;
      if (phrase.every((word, offset) => words[start + offset] === word)) {
        for (let offset = 0; offset < phrase.length; offset += 1) flags[start + offset] = true;
      }
    }
  }
  return flags;
}
