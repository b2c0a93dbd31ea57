export { compareTexts, GROUP_TEXT_SEPARATOR } from './compare-texts';
export { diffWords, type WordDiff } from './diff-words';
export type {
  CompareOptions,
  ComparableParagraph,
  ComparisonPair,
  ComparisonResult,
  ComparisonSummary,
  DiffOp,
  PairStatus,
} from './types';
