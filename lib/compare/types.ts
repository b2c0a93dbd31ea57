/**
 * Public shapes of the comparison engine. Other modules (services, UI, CLI) code
 * against these names, so they are kept stable.
 */

import type { ParagraphKind } from '@/lib/corpus/types';

export interface ComparableParagraph {
  ref: string;
  kind: ParagraphKind;
  text: string;
  /** Delegation code that produced this text, when known. */
  attribution?: string;
}

export type PairStatus = 'unchanged' | 'changed' | 'moved' | 'new' | 'deleted' | 'split' | 'merged';

/** diff-match-patch convention: -1 deleted, 0 equal, 1 inserted. */
export type DiffOp = [-1 | 0 | 1, string];

export interface ComparisonPair {
  /** Ref in the old text (first of `fromRefs` for a merge); null for a new paragraph. */
  from: string | null;
  /** Ref in the new text (first of `toRefs` for a split); null for a deleted paragraph. */
  to: string | null;
  /** Every old ref covered by this pair, for split/merge. */
  fromRefs?: string[];
  /** Every new ref covered by this pair, for split/merge. */
  toRefs?: string[];
  status: PairStatus;
  /** 0..1; 1 for unchanged, 0 for new/deleted. */
  similarity: number;
  /**
   * Word-level ops covering the full texts: 0 and -1 ops give the old text, 0 and 1 the new.
   * For split/merge the texts of the several paragraphs are joined with "\n".
   * With noise hidden, equal runs show the new wording.
   */
  ops: DiffOp[];
  kind: ParagraphKind;
  /** Out of order relative to its neighbours; a moved pair may also be changed. */
  moved?: boolean;
  /** Attribution of the new paragraph (of the old one for a deletion), when known. */
  attribution?: string;
}

export interface ComparisonSummary {
  unchanged: number;
  changed: number;
  moved: number;
  new: number;
  deleted: number;
  split: number;
  merged: number;
}

export interface CompareOptions {
  /** Show footnote markers, quote/dash variants, whitespace and PDF word splits as changes. */
  showNoise?: boolean;
}

export interface ComparisonResult {
  pairs: ComparisonPair[];
  summary: ComparisonSummary;
}
