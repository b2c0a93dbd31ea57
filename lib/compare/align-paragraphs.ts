/**
 * Decides which paragraphs of the old text correspond to which of the new one.
 *
 * 1. Strong matches, strongest first (wording, with position as a tie-breaker).
 * 2. Splits and merges: a matched paragraph grows over unmatched neighbours on
 *    the other side when they are contained in it and the joined text fits better.
 * 3. The heaviest order-preserving subset of matches is "in order"; the rest moved.
 * 4. Between two in-order anchors, leftover paragraphs are paired on weaker
 *    wording evidence, since their position already agrees.
 */

import {
  combineFeatures,
  measureContainment,
  measureSimilarity,
  type Candidate,
  type ParagraphFeatures,
  type SimilarityIndex,
} from './build-similarity-index';
import { findHeaviestIncreasingChain } from './find-heaviest-increasing-chain';
import type { ParagraphKind } from '@/lib/corpus/types';

export interface AlignedGroup {
  /** One index, or several consecutive ones for a merge. */
  oldIndexes: number[];
  /** One index, or several consecutive ones for a split. */
  newIndexes: number[];
  inOrder: boolean;
  /** Wording similarity used to align (IDF-weighted, not the word diff). */
  similarity: number;
}

const MATCH_THRESHOLD = 0.35;
const GAP_THRESHOLD = 0.22;
const POSITION_BONUS = 0.05;
const IDENTICAL_BONUS = 0.1;
const CROSS_KIND_FACTOR = 0.9;
const CONTAINMENT_THRESHOLD = 0.6;
const GROUP_GAIN = 0.05;
const MAX_GROUP_SIZE = 4;
const MAX_GAP_CELLS = 2500;

interface AlignmentInput {
  oldKinds: ParagraphKind[];
  newKinds: ParagraphKind[];
  index: SimilarityIndex;
  /**
   * Whether two paragraphs read the same. Boilerplate weighs almost nothing, so
   * "Invites Member States to …" and "Invites States parties to …" look alike;
   * an identical partner must win over a near-identical one.
   */
  isIdentical: (oldIndex: number, newIndex: number) => boolean;
}

interface Side {
  features: ParagraphFeatures[];
  kinds: ParagraphKind[];
  /** Index on the other side, -1 when unmatched. */
  match: Int32Array;
  grouped: Uint8Array;
  candidates: Map<number, Candidate[]>;
}

export function alignParagraphs({ oldKinds, newKinds, index, isIdentical }: AlignmentInput): AlignedGroup[] {
  const oldSide = createSide(index.oldFeatures, oldKinds);
  const newSide = createSide(index.newFeatures, newKinds);
  for (const candidate of index.candidates) {
    pushCandidate(oldSide.candidates, candidate.oldIndex, candidate);
    pushCandidate(newSide.candidates, candidate.newIndex, candidate);
  }

  matchGreedily(oldSide, newSide, index.candidates, isIdentical);
  const splits = growGroups(oldSide, newSide, (candidate) => candidate.newIndex);
  const merges = growGroups(newSide, oldSide, (candidate) => candidate.oldIndex);
  const groups: AlignedGroup[] = [
    ...splits.map(({ from, to, similarity }) => ({ oldIndexes: [from], newIndexes: to, inOrder: true, similarity })),
    ...merges.map(({ from, to, similarity }) => ({ oldIndexes: to, newIndexes: [from], inOrder: true, similarity })),
  ];
  oldSide.match.forEach((newIndex, oldIndex) => {
    if (newIndex < 0 || oldSide.grouped[oldIndex]) return;
    const similarity = measureAdjustedSimilarity(oldSide, newSide, oldIndex, newIndex);
    groups.push({ oldIndexes: [oldIndex], newIndexes: [newIndex], inOrder: true, similarity });
  });

  markOutOfOrder(groups);
  groups.push(...pairWithinGaps(oldSide, newSide, groups));
  return groups.sort((x, y) => x.newIndexes[0]! - y.newIndexes[0]!);
}

function createSide(features: ParagraphFeatures[], kinds: ParagraphKind[]): Side {
  return {
    features,
    kinds,
    match: new Int32Array(features.length).fill(-1),
    grouped: new Uint8Array(features.length),
    candidates: new Map(),
  };
}

function pushCandidate(map: Map<number, Candidate[]>, key: number, candidate: Candidate): void {
  const list = map.get(key);
  if (list) list.push(candidate);
  else map.set(key, [candidate]);
}

function measureAdjustedSimilarity(oldSide: Side, newSide: Side, oldIndex: number, newIndex: number, raw?: number): number {
  const similarity = raw ?? measureSimilarity(oldSide.features[oldIndex]!, newSide.features[newIndex]!);
  const crossKind = (oldSide.kinds[oldIndex] === 'preambular') !== (newSide.kinds[newIndex] === 'preambular');
  return crossKind ? similarity * CROSS_KIND_FACTOR : similarity;
}

function matchGreedily(oldSide: Side, newSide: Side, candidates: Candidate[], isIdentical: AlignmentInput['isIdentical']): void {
  const oldCount = Math.max(1, oldSide.features.length - 1);
  const newCount = Math.max(1, newSide.features.length - 1);
  const scored = candidates
    .map((candidate) => {
      const similarity = measureAdjustedSimilarity(oldSide, newSide, candidate.oldIndex, candidate.newIndex, candidate.similarity);
      const distance = Math.abs(candidate.oldIndex / oldCount - candidate.newIndex / newCount);
      const bonus = isIdentical(candidate.oldIndex, candidate.newIndex) ? IDENTICAL_BONUS : 0;
      return { candidate, similarity, score: similarity + bonus + POSITION_BONUS * (1 - distance) };
    })
    .filter(({ similarity }) => similarity >= MATCH_THRESHOLD)
    .sort((x, y) => y.score - x.score || x.candidate.oldIndex - y.candidate.oldIndex);
  for (const { candidate } of scored) {
    if (oldSide.match[candidate.oldIndex]! >= 0 || newSide.match[candidate.newIndex]! >= 0) continue;
    oldSide.match[candidate.oldIndex] = candidate.newIndex;
    newSide.match[candidate.newIndex] = candidate.oldIndex;
  }
}

interface GrownGroup {
  from: number;
  to: number[];
  similarity: number;
}

/**
 * One paragraph on side `one` against a run of consecutive paragraphs on side
 * `many`. Seeds are the paragraph's match, or its best unmatched candidate that
 * it contains.
 */
function growGroups(one: Side, many: Side, otherIndexOf: (candidate: Candidate) => number): GrownGroup[] {
  const groups: GrownGroup[] = [];
  one.features.forEach((features, from) => {
    if (one.grouped[from]) return;
    const seed = one.match[from]! >= 0 ? one.match[from]! : findContainedSeed(one, many, from, otherIndexOf);
    if (seed < 0 || many.grouped[seed]) return;
    const run = [seed];
    let similarity = measureSimilarity(features, many.features[seed]!);
    while (run.length < MAX_GROUP_SIZE) {
      const options = [run[0]! - 1, run.at(-1)! + 1].filter((neighbour) => isFreeContained(one, many, from, neighbour));
      let best: { neighbour: number; similarity: number } | null = null;
      for (const neighbour of options) {
        const joined = combineFeatures([...run, neighbour].sort((x, y) => x - y).map((i) => many.features[i]!));
        const joinedSimilarity = measureSimilarity(features, joined);
        if (joinedSimilarity >= similarity + GROUP_GAIN && (!best || joinedSimilarity > best.similarity)) {
          best = { neighbour, similarity: joinedSimilarity };
        }
      }
      if (!best) break;
      run.push(best.neighbour);
      run.sort((x, y) => x - y);
      similarity = best.similarity;
    }
    if (run.length < 2 || similarity < MATCH_THRESHOLD) return;
    one.grouped[from] = 1;
    one.match[from] = run[0]!;
    for (const index of run) {
      many.grouped[index] = 1;
      many.match[index] = from;
    }
    groups.push({ from, to: run, similarity });
  });
  return groups;
}

function findContainedSeed(one: Side, many: Side, from: number, otherIndexOf: (candidate: Candidate) => number): number {
  let best = -1;
  let bestContainment = CONTAINMENT_THRESHOLD;
  for (const candidate of one.candidates.get(from) ?? []) {
    const other = otherIndexOf(candidate);
    if (many.match[other]! >= 0 || many.grouped[other]) continue;
    const containment = measureContainment(many.features[other]!, one.features[from]!);
    if (containment >= bestContainment) {
      best = other;
      bestContainment = containment;
    }
  }
  return best;
}

function isFreeContained(one: Side, many: Side, from: number, neighbour: number): boolean {
  if (neighbour < 0 || neighbour >= many.features.length) return false;
  if (many.match[neighbour]! >= 0 || many.grouped[neighbour]) return false;
  return measureContainment(many.features[neighbour]!, one.features[from]!) >= CONTAINMENT_THRESHOLD;
}

/** Keeps the largest set of groups that agree on order; the others moved. */
function markOutOfOrder(groups: AlignedGroup[]): void {
  groups.sort((x, y) => x.oldIndexes[0]! - y.oldIndexes[0]!);
  const chain = findHeaviestIncreasingChain(groups.map((group) => ({ key: group.newIndexes[0]!, weight: 1 + group.similarity })));
  const inChain = new Set(chain);
  groups.forEach((group, position) => {
    group.inOrder = inChain.has(position);
  });
}

/**
 * Paragraphs left over between two in-order anchors stood in the same place in
 * both texts; weaker wording evidence is enough to pair them (a heavily
 * reworded paragraph), still in order.
 */
function pairWithinGaps(oldSide: Side, newSide: Side, groups: AlignedGroup[]): AlignedGroup[] {
  const anchors = groups.filter((group) => group.inOrder).sort((x, y) => x.oldIndexes[0]! - y.oldIndexes[0]!);
  const added: AlignedGroup[] = [];
  let oldStart = 0;
  let newStart = 0;
  for (let position = 0; position <= anchors.length; position += 1) {
    const anchor = anchors[position];
    const oldEnd = anchor ? anchor.oldIndexes[0]! : oldSide.features.length;
    const newEnd = anchor ? anchor.newIndexes[0]! : newSide.features.length;
    const olds = listRange(oldStart, oldEnd).filter((index) => oldSide.match[index]! < 0);
    const news = listRange(newStart, newEnd).filter((index) => newSide.match[index]! < 0);
    if (olds.length > 0 && news.length > 0 && olds.length * news.length <= MAX_GAP_CELLS) {
      added.push(...alignGap(oldSide, newSide, olds, news));
    }
    if (anchor) {
      oldStart = anchor.oldIndexes.at(-1)! + 1;
      newStart = anchor.newIndexes.at(-1)! + 1;
    }
  }
  return added;
}

/** Order-preserving pairing of a small gap maximising total similarity. */
function alignGap(oldSide: Side, newSide: Side, olds: number[], news: number[]): AlignedGroup[] {
  const rows = olds.length;
  const cols = news.length;
  const score = new Float64Array((rows + 1) * (cols + 1));
  const at = (row: number, col: number) => row * (cols + 1) + col;
  const similarity = (row: number, col: number) => measureAdjustedSimilarity(oldSide, newSide, olds[row]!, news[col]!);
  const cache = new Float64Array(rows * cols);
  for (let row = 1; row <= rows; row += 1) {
    for (let col = 1; col <= cols; col += 1) {
      const value = similarity(row - 1, col - 1);
      cache[(row - 1) * cols + (col - 1)] = value;
      const diagonal = value >= GAP_THRESHOLD ? score[at(row - 1, col - 1)]! + value : -Infinity;
      score[at(row, col)] = Math.max(score[at(row - 1, col)]!, score[at(row, col - 1)]!, diagonal);
    }
  }
  const pairs: AlignedGroup[] = [];
  let row = rows;
  let col = cols;
  while (row > 0 && col > 0) {
    const value = cache[(row - 1) * cols + (col - 1)]!;
    if (value >= GAP_THRESHOLD && score[at(row, col)] === score[at(row - 1, col - 1)]! + value) {
      const oldIndex = olds[row - 1]!;
      const newIndex = news[col - 1]!;
      oldSide.match[oldIndex] = newIndex;
      newSide.match[newIndex] = oldIndex;
      pairs.push({ oldIndexes: [oldIndex], newIndexes: [newIndex], inOrder: true, similarity: value });
      row -= 1;
      col -= 1;
    } else if (score[at(row, col)] === score[at(row - 1, col)]) {
      row -= 1;
    } else {
      col -= 1;
    }
  }
  return pairs;
}

function listRange(start: number, end: number): number[] {
  const values: number[] = [];
  for (let value = start; value < end; value += 1) values.push(value);
  return values;
}
