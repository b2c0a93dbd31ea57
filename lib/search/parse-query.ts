import { detectQueryFacets } from './detect-query-facets';
import { isFunctionWord } from './function-words';
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
/**
 * Weight of the opening formula and the addressee ("Encourages States parties to"): enough
 * to lift a paragraph that shares them among equally relevant ones, too little for
 * sharing them alone to outrank one that shares the substance.
 */
export const FACET_WEIGHT = 0.15;

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

/**
 * A word of the query's substance (not the formula, the addressee or a function
 * word), for deciding whether a paragraph answers the query at all.
 */
export interface ContentWord {
  /** Term slots (the word's stem, or its spelling corrections); empty when the corpus has no such word. */
  slots: number[];
  /** idf of the stem; a word the corpus never uses weighs as much as the rarest one. */
  weight: number;
  /** 1 for a word spelt as in the corpus, TYPO_WEIGHT for a correction (a guess). */
  credit: number;
}

export interface ParsedQuery {
  /** Stem per query word, -1 where the word is unknown and has no correction. */
  sequence: Int32Array;
  /** `sequence` with the formula and addressee words set to -1: phrase runs count substance only. */
  contentSequence: Int32Array;
  /** Words of `contentSequence` that are not -1 by being facets (the length a full run would have). */
  contentLength: number;
  content: ContentWord[];
  contentWeightTotal: number;
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
  const rarest = computeIdf(0, total);
  const words: string[] = [];
  scanWords(query, (word) => words.push(word));
  const { leadWords, addresseeWords } = detectQueryFacets(index, words);
  const facetEnd = leadWords + addresseeWords;

  const sequence: number[] = [];
  const termWeights = new Map<number, number>();
  /** Stems used in the substance, not only in the formula or the addressee. */
  const substance = new Set<number>();
  const contentStems = new Map<string, { stems: number[]; weight: number; credit: number }>();
  const noteTerm = (stemId: number, confidence: number, facet: boolean): void => {
    const weight = computeIdf(index.terms.df.data[stemId], total) * confidence;
    termWeights.set(stemId, Math.max(termWeights.get(stemId) ?? 0, weight));
    if (!facet) substance.add(stemId);
  };
  words.forEach((word, position) => {
    const facet = position < facetEnd;
    const counts = !facet && !isFunctionWord(word) && !contentStems.has(word);
    const stemId = lookUpLiveStem(index, word);
    if (stemId >= 0) {
      sequence.push(stemId);
      noteTerm(stemId, 1, facet);
      if (counts) contentStems.set(word, { stems: [stemId], weight: computeIdf(index.terms.df.data[stemId], total), credit: 1 });
      return;
    }
    const alternatives = findTypoCandidates(index, word).slice(0, TYPO_ALTERNATIVES);
    sequence.push(alternatives.length > 0 ? alternatives[0] : -1);
    for (const alternative of alternatives) noteTerm(alternative, TYPO_WEIGHT, facet);
    if (counts) {
      const weight = alternatives.length > 0 ? computeIdf(index.terms.df.data[alternatives[0]], total) : rarest;
      contentStems.set(word, { stems: alternatives, weight, credit: TYPO_WEIGHT });
    }
  });

  const terms: QueryTerm[] = [];
  const termSlot = new Map<number, number>();
  let termWeightTotal = 0;
  for (const [stemId, fullWeight] of termWeights) {
    const weight = substance.has(stemId) ? fullWeight : fullWeight * FACET_WEIGHT;
    termSlot.set(stemId, terms.length);
    terms.push({ stemId, weight });
    termWeightTotal += weight;
  }
  const content: ContentWord[] = [];
  let contentWeightTotal = 0;
  for (const { stems, weight, credit } of contentStems.values()) {
    content.push({ slots: stems.map((stem) => termSlot.get(stem)!), weight, credit });
    contentWeightTotal += weight;
  }
  const contentSequence = Int32Array.from(sequence, (stem, position) => (position < facetEnd ? -1 : stem));

  const shingles = new Map<number, QueryShingle>();
  const absent = new Set<number>();
  let shingleWeightTotal = 0;
  for (let i = 0; i + 2 < sequence.length; i++) {
    // a shingle of the formula ("Calls upon States") is a facet too
    const facetFactor = i < facetEnd ? FACET_WEIGHT : 1;
    const known = sequence[i] >= 0 && sequence[i + 1] >= 0 && sequence[i + 2] >= 0;
    const hash = known ? hashTriple(sequence[i], sequence[i + 1], sequence[i + 2]) : -1;
    if (shingles.has(hash) || absent.has(hash)) continue;
    const featureId = known ? getIntValue(index.shingleIds, hash) : -1;
    const df = featureId >= 0 ? index.shingles.df.data[featureId] : 0;
    if (df <= 0) {
      // a word sequence no paragraph has still counts in the whole: sharing only the formula's
      // shingles must not score as sharing all the shingles the corpus happens to know
      if (known) absent.add(hash);
      shingleWeightTotal += rarest * facetFactor;
      continue;
    }
    const weight = computeIdf(df, total) * facetFactor;
    shingles.set(hash, { slot: shingles.size, weight, feature: featureId });
    shingleWeightTotal += weight;
  }

  return {
    sequence: Int32Array.from(sequence),
    contentSequence,
    contentLength: words.length - facetEnd,
    content,
    contentWeightTotal,
    terms,
    termSlot,
    termWeightTotal,
    shingles,
    shingleWeightTotal,
    ...extractPhrases(index, query),
  };
}
