import type { CorpusDocument, DocumentKind } from '../corpus/types';

const ADOPTED_KINDS: ReadonlySet<string> = new Set<DocumentKind>(['resolution', 'decision', 'recommendations']);

export function isAdoptedKind(kind: string): boolean {
  return ADOPTED_KINDS.has(kind);
}

/**
 * Multiplier that only separates texts of (nearly) the same wording: negotiators
 * cite resolutions first, then other adopted texts, and newer agreed language
 * over older; drafts come last.
 */
export function getKindFactor(doc: Pick<CorpusDocument, 'kind' | 'year'>): number {
  const recency = 1 + 0.002 * Math.max(0, Math.min(30, doc.year - 2000));
  if (doc.kind === 'resolution') return recency;
  if (ADOPTED_KINDS.has(doc.kind)) return 0.97 * recency;
  if (doc.kind === 'draft resolution' || doc.kind === 'revised draft resolution') return 0.93 * recency;
  return 0.95 * recency;
}

function rankKind(kind: string): number {
  if (kind === 'resolution') return 3;
  if (ADOPTED_KINDS.has(kind)) return 2;
  if (kind === 'draft resolution' || kind === 'revised draft resolution') return 0;
  return 1;
}

/**
 * Order in which texts of the same language are cited, as getKindFactor weighs them: resolutions, then other adopted
 * texts, then extracts, then drafts; within each, the latest (year, then date). Negative when `a` comes first.
 */
export function compareCitationOrder(
  a: Pick<CorpusDocument, 'kind' | 'year' | 'date'>,
  b: Pick<CorpusDocument, 'kind' | 'year' | 'date'>,
): number {
  const kinds = rankKind(b.kind) - rankKind(a.kind);
  if (kinds !== 0) return kinds;
  if (a.year !== b.year) return b.year - a.year;
  const dateA = a.date ?? '';
  const dateB = b.date ?? '';
  return dateA === dateB ? 0 : dateA < dateB ? 1 : -1;
}
