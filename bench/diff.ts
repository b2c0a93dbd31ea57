/**
 * Benchmark of the comparison engine (lib/compare): time on two real
 * resolutions and on two synthetic 1,000-paragraph texts, with the share of
 * planted moves and edits it detects. Run with `tsx bench/diff.ts`.
 */

import os from 'node:os';
import { compareTexts } from '../lib/compare/compare-texts';
import type { ComparisonSummary } from '../lib/compare/types';
import { buildSyntheticPair } from './diff/build-synthetic-pair';
import { loadCorpusResolutions } from './diff/load-corpus-resolutions';
import { measureMedian, type Timing } from './diff/measure-median';
import { scoreSyntheticResult } from './diff/score-synthetic-result';

const REAL_TARGET_MS = 50;
const SYNTHETIC_TARGET_MS = 1000;
const REAL_RUNS = 21;
const SYNTHETIC_RUNS = 5;

function runBenchmark(): void {
  console.log('Comparison engine benchmark (lib/compare)');
  const corpus = loadCorpusResolutions();

  if (corpus) {
    console.log(
      `\nResolution 10/3 (${corpus.older.length} paragraphs) vs 11/5 (${corpus.newer.length} paragraphs), from the corpus parser`,
    );
    const median = measureMedian(REAL_RUNS, () => compareTexts(corpus.older, corpus.newer));
    printTime(median, REAL_RUNS, REAL_TARGET_MS);
    console.log(`  summary: ${formatSummary(compareTexts(corpus.older, corpus.newer).summary)}`);
  } else {
    console.log('\nResolutions 10/3 and 11/5: corpus not found, skipped');
  }

  const paragraphs = 1000;
  const planted = buildSyntheticPair(corpus?.texts ?? [], { paragraphs, movedShare: 0.1, editedShare: 0.2, seed: 20240917 });
  const source = corpus ? 'clauses of the corpus paragraphs' : 'generated words (corpus not loaded)';
  console.log(
    `\nSynthetic: ${paragraphs} vs ${paragraphs} paragraphs, ${planted.movedOld.size} moved, ${planted.editedOld.size} edited, built from ${source}`,
  );
  const median = measureMedian(SYNTHETIC_RUNS, () => compareTexts(planted.older, planted.newer));
  printTime(median, SYNTHETIC_RUNS, SYNTHETIC_TARGET_MS);
  const result = compareTexts(planted.older, planted.newer);
  console.log(`  summary: ${formatSummary(result.summary)}`);
  const score = scoreSyntheticResult(result.pairs, planted);
  console.log(
    `  paired with their true origin: ${score.correctlyPaired}/${score.paragraphs} (${formatPercent(score.correctlyPaired, score.paragraphs)})`,
  );
  console.log(
    `  planted moves detected: ${score.movesFound}/${score.movesPlanted} (${formatPercent(score.movesFound, score.movesPlanted)}), ` +
      `reported moves that were planted: ${score.movesFound}/${score.movesReported} (${formatPercent(score.movesFound, score.movesReported)})`,
  );
  console.log(
    `  planted edits detected: ${score.editsFound}/${score.editsPlanted} (${formatPercent(score.editsFound, score.editsPlanted)}), ` +
      `reported edits that were planted: ${score.editsFound}/${score.editsReported} (${formatPercent(score.editsFound, score.editsReported)})`,
  );
}

function printTime(timing: Timing, runs: number, target: number): void {
  const verdict = timing.wallMs < target ? 'within target' : 'OVER TARGET';
  console.log(
    `  median ${timing.wallMs.toFixed(1)} ms wall (${timing.cpuMs.toFixed(1)} ms CPU) over ${runs} runs; ` +
      `target < ${target} ms; ${(timing.wallMs / target).toFixed(2)}× target, ${verdict}`,
  );
  const cores = os.availableParallelism();
  const load = os.loadavg()[0]!;
  if (load > cores) console.log(`  note: load average ${load.toFixed(1)} on ${cores} cores, wall time includes waiting for a core`);
}

function formatSummary(summary: ComparisonSummary): string {
  return Object.entries(summary)
    .map(([status, count]) => `${status} ${count}`)
    .join(', ');
}

function formatPercent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}

runBenchmark();
