/**
 * IDF-weighted feature vectors for both texts and the candidate pairs worth
 * aligning. Candidates come from an inverted index of the rarer features, so
 * two long texts are never compared paragraph by paragraph in full. Features
 * are interned to integers and kept sorted so that comparing two paragraphs
 * is a merge of two arrays.
 */

import { createFeatureDictionary, extractFeatures, type RawFeatures } from './extract-features';

export interface ParagraphFeatures {
  /** Feature ids, ascending. */
  ids: Int32Array;
  /** Weight of each feature in `ids`, same order. */
  weights: Float64Array;
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
  /** Pairs with some non-trivial overlap, at most a few per paragraph and direction. */
  candidates: Candidate[];
}

const CANDIDATES_PER_PARAGRAPH = 8;
const MIN_CANDIDATE_SIMILARITY = 0.1;
const MIN_COMMON_FEATURE_CAP = 40;
const COMMON_FEATURE_SHARE = 0.05;

export function buildSimilarityIndex(oldTexts: string[], newTexts: string[]): SimilarityIndex {
  const dictionary = createFeatureDictionary();
  const oldRaw = oldTexts.map((text) => extractFeatures(text, dictionary));
  const newRaw = newTexts.map((text) => extractFeatures(text, dictionary));
  const frequency = new Int32Array(dictionary.size);
  for (const raw of [...oldRaw, ...newRaw]) {
    for (const id of raw.ids) frequency[id] += 1;
  }
  const paragraphCount = oldTexts.length + newTexts.length;
  const weigh = (raw: RawFeatures) => weighFeatures(raw, frequency, paragraphCount);
  const oldFeatures = oldRaw.map(weigh);
  const newFeatures = newRaw.map(weigh);
  const commonCap = Math.max(MIN_COMMON_FEATURE_CAP, paragraphCount * COMMON_FEATURE_SHARE);
  const candidates = findCandidates(oldFeatures, newFeatures, frequency, commonCap);
  return { oldFeatures, newFeatures, candidates };
}

/** Weighted Dice coefficient of the two feature sets. */
export function measureSimilarity(a: ParagraphFeatures, b: ParagraphFeatures): number {
  const denominator = a.total + b.total;
  return denominator === 0 ? 0 : (2 * sumSharedWeight(a, b)) / denominator;
}

/** Share of `part`'s weight that `whole` also has. */
export function measureContainment(part: ParagraphFeatures, whole: ParagraphFeatures): number {
  return part.total === 0 ? 0 : sumSharedWeight(part, whole) / part.total;
}

export function combineFeatures(list: ParagraphFeatures[]): ParagraphFeatures {
  const byId = new Map<number, number>();
  for (const features of list) {
    features.ids.forEach((id, position) => {
      byId.set(id, Math.max(features.weights[position]!, byId.get(id) ?? 0));
    });
  }
  const ids = Int32Array.from([...byId.keys()].sort((x, y) => x - y));
  const weights = Float64Array.from(ids, (id) => byId.get(id)!);
  return { ids, weights, total: weights.reduce((sum, weight) => sum + weight, 0) };
}

function sumSharedWeight(a: ParagraphFeatures, b: ParagraphFeatures): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      shared += Math.min(a.weights[i]!, b.weights[j]!);
      i += 1;
      j += 1;
    } else if (x < y) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return shared;
}

function weighFeatures(raw: RawFeatures, frequency: Int32Array, paragraphCount: number): ParagraphFeatures {
  const weights = new Float64Array(raw.ids.length);
  let total = 0;
  for (let position = 0; position < raw.ids.length; position += 1) {
    const weight = Math.log(1 + paragraphCount / frequency[raw.ids[position]!]!) * raw.factors[position]!;
    weights[position] = weight;
    total += weight;
  }
  return { ids: raw.ids, weights, total };
}

function findCandidates(
  oldFeatures: ParagraphFeatures[],
  newFeatures: ParagraphFeatures[],
  frequency: Int32Array,
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

/** Postings of the rarer features as one flat array (offsets per feature id). */
function buildPostings(targets: ParagraphFeatures[], frequency: Int32Array, commonCap: number) {
  const offsets = new Int32Array(frequency.length + 1);
  for (const features of targets) {
    for (const id of features.ids) if (frequency[id]! <= commonCap) offsets[id + 1] += 1;
  }
  for (let id = 0; id < frequency.length; id += 1) offsets[id + 1] += offsets[id]!;
  const fill = offsets.slice(0, frequency.length);
  const postings = new Int32Array(offsets[frequency.length]!);
  targets.forEach((features, targetIndex) => {
    for (const id of features.ids) if (frequency[id]! <= commonCap) postings[fill[id]!++] = targetIndex;
  });
  return { offsets, postings };
}

function searchCandidates(
  queries: ParagraphFeatures[],
  targets: ParagraphFeatures[],
  frequency: Int32Array,
  commonCap: number,
  keep: (queryIndex: number, targetIndex: number, similarity: number) => void,
): void {
  const { offsets, postings } = buildPostings(targets, frequency, commonCap);
  const partial = new Float64Array(targets.length);
  const touched: number[] = [];
  queries.forEach((features, queryIndex) => {
    for (let position = 0; position < features.ids.length; position += 1) {
      const id = features.ids[position]!;
      const weight = features.weights[position]!;
      for (let at = offsets[id]!; at < offsets[id + 1]!; at += 1) {
        const targetIndex = postings[at]!;
        if (partial[targetIndex] === 0) touched.push(targetIndex);
        partial[targetIndex] += weight;
      }
    }
    for (const targetIndex of selectTop(touched, partial, CANDIDATES_PER_PARAGRAPH)) {
      const similarity = measureSimilarity(features, targets[targetIndex]!);
      if (similarity >= MIN_CANDIDATE_SIMILARITY) keep(queryIndex, targetIndex, similarity);
    }
    for (const targetIndex of touched) partial[targetIndex] = 0;
    touched.length = 0;
  });
}

/** The `count` indexes with the highest score, without sorting them all. */
function selectTop(indexes: number[], score: Float64Array, count: number): number[] {
  const top: number[] = [];
  for (const index of indexes) {
    if (top.length === count && score[index]! <= score[top[count - 1]!]!) continue;
    let at = Math.min(top.length, count - 1);
    top[at] = index;
    while (at > 0 && score[top[at - 1]!]! < score[index]!) {
      top[at] = top[at - 1]!;
      top[at - 1] = index;
      at -= 1;
    }
  }
  return top;
}
