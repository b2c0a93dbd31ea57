import { findTypoCandidates } from './find-typo-candidates';
import { hashTriple } from './hash-words';
import { getIntValue } from './int-hash-map';
import { scanWords } from './scan-words';
import { stemWord } from './stem-word';
import type { SearchIndex } from './types';

/** A corrected word counts for less than one typed right: the guess may be wrong. */
const TYPO_WEIGHT = 0.8;
/** Spelling variants kept per misspelt word. */
const TYPO_ALTERNATIVES = 2;

export interface QueryTerm {
  stemId: number;
  /** idf × confidence in the word (1, or TYPO_WEIGHT for a correction) */
  weight: number;
}

export interface QueryShingle {
  slot: number;
  weight: number;
  /** Feature id in index.shingles */
  feature: number;
}

export interface ParsedQuery {
  /** Stem per query word, -1 where the word is unknown and has no correction. */
  sequence: Int32Array;
  terms: QueryTerm[];
  termSlot: Map<number, number>;
  termWeightTotal: number;
  /** Word 3-gram hash → feature; only shingles present in the corpus. */
  shingles: Map<number, QueryShingle>;
  shingleWeightTotal: number;
  /** Quoted phrases as stem sequences; a hit must contain each of them. */
  phrases: Int32Array[];
  /** A quoted phrase has a word the corpus never uses: nothing can match. */
  impossible: boolean;
}

export function computeIdf(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

function lookUpLiveStem(index: SearchIndex, word: string): number {
  const wordId = index.wordIds.get(word);
  // a form the corpus never uses ("fostered") can still share a stem with one it does ("fosters")
  const stemId = wordId !== undefined ? index.wordStem.data[wordId] : index.stemIds.get(stemWord(word));
  return stemId !== undefined && index.terms.df.data[stemId] > 0 ? stemId : -1;
}

function extractPhrases(index: SearchIndex, query: string): { phrases: Int32Array[]; impossible: boolean } {
  const phrases: Int32Array[] = [];
  let impossible = false;
  for (const match of query.matchAll(/["“”„]([^"“”„]+)["“”„]/g)) {
    const stems: number[] = [];
    scanWords(match[1], (word) => stems.push(lookUpLiveStem(index, word)));
    if (stems.includes(-1)) impossible = true;
    if (stems.length > 0) phrases.push(Int32Array.from(stems));
  }
  return { phrases, impossible };
}

export function parseQuery(index: SearchIndex, query: string): ParsedQuery {
  const total = Math.max(1, index.liveParagraphs);
  const sequence: number[] = [];
  const termWeights = new Map<number, number>();
  const noteTerm = (stemId: number, confidence: number): void => {
    const weight = computeIdf(index.terms.df.data[stemId], total) * confidence;
    termWeights.set(stemId, Math.max(termWeights.get(stemId) ?? 0, weight));
  };
  scanWords(query, (word) => {
    const stemId = lookUpLiveStem(index, word);
    if (stemId >= 0) {
      sequence.push(stemId);
      noteTerm(stemId, 1);
      return;
    }
    const alternatives = findTypoCandidates(index, word).slice(0, TYPO_ALTERNATIVES);
    sequence.push(alternatives.length > 0 ? alternatives[0] : -1);
    for (const alternative of alternatives) noteTerm(alternative, TYPO_WEIGHT);
  });

  const terms: QueryTerm[] = [];
  const termSlot = new Map<number, number>();
  let termWeightTotal = 0;
  for (const [stemId, weight] of termWeights) {
    termSlot.set(stemId, terms.length);
    terms.push({ stemId, weight });
    termWeightTotal += weight;
  }

  const shingles = new Map<number, QueryShingle>();
  let shingleWeightTotal = 0;
  for (let i = 0; i + 2 < sequence.length; i++) {
    if (sequence[i] < 0 || sequence[i + 1] < 0 || sequence[i + 2] < 0) continue;
    const hash = hashTriple(sequence[i], sequence[i + 1], sequence[i + 2]);
    if (shingles.has(hash)) continue;
    const featureId = getIntValue(index.shingleIds, hash);
    if (featureId < 0) continue;
    const df = index.shingles.df.data[featureId];
    if (df <= 0) continue;
    const weight = computeIdf(df, total);
    shingles.set(hash, { slot: shingles.size, weight, feature: featureId });
    shingleWeightTotal += weight;
  }

  return {
    sequence: Int32Array.from(sequence),
    terms,
    termSlot,
    termWeightTotal,
    shingles,
    shingleWeightTotal,
    ...extractPhrases(index, query),
  };
}
