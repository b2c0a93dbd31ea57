/**
 * How many planted differences the comparison found, and how many it
 * reported that were not planted.
 */

import type { ComparisonPair } from '../../lib/compare/types';
import type { SyntheticPair } from './build-synthetic-pair';

export interface SyntheticScore {
  correctlyPaired: number;
  paragraphs: number;
  movesFound: number;
  movesPlanted: number;
  movesReported: number;
  editsFound: number;
  editsPlanted: number;
  editsReported: number;
}

export function scoreSyntheticResult(pairs: ComparisonPair[], planted: SyntheticPair): SyntheticScore {
  const oldIndexOfRef = new Map(planted.older.map((paragraph, index) => [paragraph.ref, index]));
  const newIndexOfRef = new Map(planted.newer.map((paragraph, index) => [paragraph.ref, index]));
  const score: SyntheticScore = {
    correctlyPaired: 0,
    paragraphs: planted.newer.length,
    movesFound: 0,
    movesPlanted: planted.movedOld.size,
    movesReported: 0,
    editsFound: 0,
    editsPlanted: planted.editedOld.size,
    editsReported: 0,
  };
  for (const pair of pairs) {
    if (pair.from === null || pair.to === null) continue;
    const oldIndex = oldIndexOfRef.get(pair.from)!;
    const newIndex = newIndexOfRef.get(pair.to)!;
    if (planted.originOfNew[newIndex] !== oldIndex) continue;
    score.correctlyPaired += 1;
    if (pair.moved) {
      score.movesReported += 1;
      if (planted.movedOld.has(oldIndex)) score.movesFound += 1;
    }
    const edited = pair.ops.some(([op]) => op !== 0);
    if (edited) {
      score.editsReported += 1;
      if (planted.editedOld.has(oldIndex)) score.editsFound += 1;
    }
  }
  return score;
}
