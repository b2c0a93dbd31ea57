/**
 * IDF-weighted feature vectors for both texts and the candidate pairs worth
 * aligning. Candidates come from an inverted index of the rarer features, so
 * two long texts are never compared paragraph by paragraph in full.
 */

import { extractFeatures, type RawFeatures } from './extract-features';

export interface ParagraphFeatures {
  weights: Map<string, number>;
  total: number;
}

export interface Candidate {
  oldIndex: number;
  newIndex: number;
  similarity: number;
}

export interface SimilarityIndex {
  oldFeatures: ParagraphFeatures[];
  newFeatures: ParagraphFeatures[];
  /** Pairs with some non-trivial overlap, at most a few per old paragraph. */
  candidates: Candidate[];
}

const CANDIDATES_PER_PARAGRAPH = 8;
const MIN_CANDIDATE_SIMILARITY = 0.1;
const MIN_COMMON_FEATURE_CAP = 40;
const COMMON_FEATURE_SHARE = 0.05;

export function buildSimilarityIndex(oldTexts: string[], newTexts: string[]): SimilarityIndex {
  const oldRaw = oldTexts.map(extractFeatures);
  const newRaw = newTexts.map(extractFeatures);
  const documentFrequency = countDocumentFrequency([...oldRaw, ...newRaw]);
  const paragraphCount = oldRaw.length + newRaw.length;
  const weigh = (raw: RawFeatures) => weighFeatures(raw, documentFrequency, paragraphCount);
  const oldFeatures = oldRaw.map(weigh);
  const newFeatures = newRaw.map(weigh);
  const commonCap = Math.max(MIN_COMMON_FEATURE_CAP, paragraphCount * COMMON_FEATURE_SHARE);
  const candidates = findCandidates(oldFeatures, newFeatures, documentFrequency, commonCap);
  return { oldFeatures, newFeatures, candidates };
}

/** Weighted Dice coefficient of the two feature sets. */
export function measureSimilarity(a: ParagraphFeatures, b: ParagraphFeatures): number {
  const denominator = a.total + b.total;
  return denominator === 0 ? 0 : (2 * sharedWeight(a, b)) / denominator;
}

/** Share of `part`'s weight that `whole` also has. */
export function measureContainment(part: ParagraphFeatures, whole: ParagraphFeatures): number {
  return part.total === 0 ? 0 : sharedWeight(part, whole) / part.total;
}

export function combineFeatures(list: ParagraphFeatures[]): ParagraphFeatures {
  const weights = new Map<string, number>();
  for (const features of list) {
    for (const [feature, weight] of features.weights) weights.set(feature, Math.max(weight, weights.get(feature) ?? 0));
  }
  return { weights, total: sumWeights(weights) };
}

function sharedWeight(a: ParagraphFeatures, b: ParagraphFeatures): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [feature, weight] of small.weights) {
    const other = large.weights.get(feature);
    if (other !== undefined) shared += Math.min(weight, other);
  }
  return shared;
}

function countDocumentFrequency(all: RawFeatures[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const raw of all) {
    for (const feature of raw.factors.keys()) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  }
  return frequency;
}

function weighFeatures(raw: RawFeatures, frequency: Map<string, number>, paragraphCount: number): ParagraphFeatures {
  const weights = new Map<string, number>();
  for (const [feature, factor] of raw.factors) {
    const idf = Math.log(1 + paragraphCount / (frequency.get(feature) ?? 1));
    weights.set(feature, idf * factor);
  }
  return { weights, total: sumWeights(weights) };
}

function sumWeights(weights: Map<string, number>): number {
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return total;
}

function findCandidates(
  oldFeatures: ParagraphFeatures[],
  newFeatures: ParagraphFeatures[],
  frequency: Map<string, number>,
  commonCap: number,
): Candidate[] {
  const byKey = new Map<number, Candidate>();
  const keep = (oldIndex: number, newIndex: number, similarity: number) => {
    byKey.set(oldIndex * newFeatures.length + newIndex, { oldIndex, newIndex, similarity });
  };
  // Both directions: a paragraph's best partner may not rank among that partner's top few.
  searchCandidates(oldFeatures, newFeatures, frequency, commonCap, keep);
  searchCandidates(newFeatures, oldFeatures, frequency, commonCap, (newIndex, oldIndex, similarity) =>
    keep(oldIndex, newIndex, similarity),
  );
  return [...byKey.values()];
}

function searchCandidates(
  queries: ParagraphFeatures[],
  targets: ParagraphFeatures[],
  frequency: Map<string, number>,
  commonCap: number,
  keep: (queryIndex: number, targetIndex: number, similarity: number) => void,
): void {
  const postings = new Map<string, number[]>();
  targets.forEach((features, targetIndex) => {
    for (const feature of features.weights.keys()) {
      if ((frequency.get(feature) ?? 0) > commonCap) continue;
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      list.push(targetIndex);
    }
  });

  const partial = new Float64Array(targets.length);
  const touched: number[] = [];
  queries.forEach((features, queryIndex) => {
    for (const [feature, weight] of features.weights) {
      const list = postings.get(feature);
      if (!list) continue;
      for (const targetIndex of list) {
        if (partial[targetIndex] === 0) touched.push(targetIndex);
        partial[targetIndex] += weight;
      }
    }
    touched.sort((x, y) => partial[y]! - partial[x]!);
    for (const targetIndex of touched.slice(0, CANDIDATES_PER_PARAGRAPH)) {
      const similarity = measureSimilarity(features, targets[targetIndex]!);
      if (similarity >= MIN_CANDIDATE_SIMILARITY) keep(queryIndex, targetIndex, similarity);
    }
    for (const targetIndex of touched) partial[targetIndex] = 0;
    touched.length = 0;
  });
}
