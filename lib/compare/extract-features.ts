/**
 * Bag of word and word-pair features of a paragraph, used to decide which
 * paragraphs correspond. Pairs keep some word order; single words survive
 * rewording. Boilerplate is flagged so it can be weighted down.
 */

import { BOILERPLATE_PHRASES, LEAD_WORDS, STOPWORDS } from './boilerplate';
import { normalizeToken } from './normalize-token';
import { tokenizeText } from './tokenize-text';

export interface RawFeatures {
  /** Feature → multiplier applied to its IDF weight (< 1 for boilerplate). */
  factors: Map<string, number>;
}

const BOILERPLATE_FACTOR = 0.05;
const LEAD_FACTOR = 0.1;

const PHRASE_WORDS: string[][] = BOILERPLATE_PHRASES.map((phrase) => phrase.split(' ').filter((word) => !STOPWORDS.has(word)));

export function extractFeatures(text: string): RawFeatures {
  const words = extractContentWords(text);
  const boilerplate = flagBoilerplate(words);
  const factors = new Map<string, number>();
  const setMax = (feature: string, factor: number) => {
    if ((factors.get(feature) ?? 0) < factor) factors.set(feature, factor);
  };
  words.forEach((word, index) => {
    const factor = boilerplate[index] ? BOILERPLATE_FACTOR : LEAD_WORDS.has(word) ? LEAD_FACTOR : 1;
    setMax(`u:${word}`, factor);
    const previous = words[index - 1];
    if (previous !== undefined) {
      const pairFactor = boilerplate[index] && boilerplate[index - 1] ? BOILERPLATE_FACTOR : Math.min(1, factor * 2);
      setMax(`b:${previous} ${word}`, pairFactor);
    }
  });
  return { factors };
}

export function extractContentWords(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenizeText(text)) {
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    const word = normalizeToken(token.text).toLowerCase();
    if (!STOPWORDS.has(word)) words.push(word);
  }
  return words;
}

function flagBoilerplate(words: string[]): boolean[] {
  const flags = words.map(() => false);
  for (let start = 0; start < words.length; start += 1) {
    for (const phrase of PHRASE_WORDS) {
      if (phrase.length === 0 || start + phrase.length > words.length) continue;
      if (phrase.every((word, offset) => words[start + offset] === word)) {
        for (let offset = 0; offset < phrase.length; offset += 1) flags[start + offset] = true;
      }
    }
  }
  return flags;
}
