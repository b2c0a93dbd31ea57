/**
 * Word and word-pair features of a paragraph, used to decide which paragraphs
 * correspond. Pairs keep some word order; single words survive rewording.
 * Boilerplate is flagged so it can be weighted down. Features are integer
 * ids from a dictionary shared by both texts, to keep large comparisons fast.
 */

import { BOILERPLATE_PHRASES, LEAD_WORDS, STOPWORDS } from './boilerplate';
import { normalizeToken } from './normalize-token';

export interface RawFeatures {
  /** Feature ids, ascending, without repeats. */
  ids: Int32Array;
  /** Multiplier applied to each feature's IDF weight (< 1 for boilerplate). */
  factors: Float64Array;
}

/** Shared by all paragraphs of one comparison so equal features get equal ids. */
export interface FeatureDictionary {
  wordIds: Map<string, number>;
  pairIds: Map<number, number>;
  size: number;
}

/** The few weights a feature can have; their index rides in the low bits while sorting. */
const FACTORS = [0.05, 0.1, 0.2, 1] as const;
const BOILERPLATE = 0;
const LEAD = 1;
const LEAD_PAIR = 2;
const FULL = 3;
const FACTOR_BITS = 4;
/** Word feature ids stay below this, so a pair of them packs into one safe integer. */
const PAIR_BASE = 2 ** 26;

// Decimal digits only: superscript footnote digits are not words.
const WORD_PATTERN = /[\p{L}\p{M}\p{Nd}]+(?:[-‐‑'’/.][\p{L}\p{M}\p{Nd}]+)*/gu;
const NEEDS_NORMALIZING = /[^\x20-\x7e]/;

const PHRASES_BY_FIRST_WORD = indexPhrases(BOILERPLATE_PHRASES);

export function createFeatureDictionary(): FeatureDictionary {
  return { wordIds: new Map(), pairIds: new Map(), size: 0 };
}

export function extractFeatures(text: string, dictionary: FeatureDictionary): RawFeatures {
  const words = extractContentWords(text);
  const boilerplate = flagBoilerplate(words);
  const packed: number[] = [];
  let previousId = -1;
  words.forEach((word, index) => {
    let id = dictionary.wordIds.get(word);
    if (id === undefined) dictionary.wordIds.set(word, (id = dictionary.size++));
    const factor = boilerplate[index] ? BOILERPLATE : LEAD_WORDS.has(word) ? LEAD : FULL;
    packed.push(id * FACTOR_BITS + factor);
    if (previousId >= 0) {
      const pairKey = previousId * PAIR_BASE + id;
      let pairId = dictionary.pairIds.get(pairKey);
      if (pairId === undefined) dictionary.pairIds.set(pairKey, (pairId = dictionary.size++));
      const bothBoilerplate = boilerplate[index] && boilerplate[index - 1];
      const pairFactor = bothBoilerplate ? BOILERPLATE : factor === BOILERPLATE ? LEAD : factor === LEAD ? LEAD_PAIR : FULL;
      packed.push(pairId * FACTOR_BITS + pairFactor);
    }
    previousId = id;
  });
  return unpackSorted(Float64Array.from(packed).sort());
}

/** Ascending ids; a repeated feature keeps its highest weight (the last after sorting). */
function unpackSorted(sorted: Float64Array): RawFeatures {
  const ids = new Int32Array(sorted.length);
  const factors = new Float64Array(sorted.length);
  let count = 0;
  for (const value of sorted) {
    const id = Math.floor(value / FACTOR_BITS);
    const factor = FACTORS[value % FACTOR_BITS]!;
    if (count > 0 && ids[count - 1] === id) factors[count - 1] = factor;
    else {
      ids[count] = id;
      factors[count] = factor;
      count += 1;
    }
  }
  return { ids: ids.slice(0, count), factors: factors.slice(0, count) };
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
