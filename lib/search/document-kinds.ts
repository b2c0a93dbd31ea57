import type { DocumentKind } from '../corpus/types';

const ADOPTED_KINDS: ReadonlySet<string> = new Set<DocumentKind>(['resolution', 'decision', 'recommendations']);

export function isAdoptedKind(kind: string): boolean {
  return ADOPTED_KINDS.has(kind);
}

/** Multiplier that only separates texts of (nearly) the same wording: adopted first, drafts last. */
export function getKindFactor(kind: string): number {
  if (ADOPTED_KINDS.has(kind)) return 1;
  if (kind === 'draft resolution' || kind === 'revised draft resolution') return 0.96;
  return 0.98;
}
