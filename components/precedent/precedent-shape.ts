import { detectLead } from '@/lib/corpus/detect-lead';
import { parseRef } from '@/lib/corpus/refs';
import type { ParagraphKind, ParagraphSource } from '@/lib/draft';
import type { PrecedentHit } from './precedent-api';

export interface PrecedentShape {
  kind: ParagraphKind;
  depth: number;
}

/**
 * The kind a precedent takes in the draft, read from its reference alone:
 * "PP4" is preambular, "13" operative, "13(c)" or "(b)" a subparagraph and
 * "13(c)(ii)" one level deeper. Unreadable references fall back to operative,
 * which is what most reused language is.
 */
export function readPrecedentShape(ref: string): PrecedentShape {
  const parsed = parseRef(ref);
  if (!parsed) return { kind: 'operative', depth: 0 };
  if (parsed.preambular) return { kind: 'preambular', depth: 0 };
  if (parsed.parts.length === 0) return { kind: 'operative', depth: 0 };
  return { kind: 'subparagraph', depth: parsed.parts.length >= 2 ? 2 : 1 };
}

/** UN italics for the opening words; subparagraphs open without them. */
export function readPrecedentLead(text: string, kind: ParagraphKind): string | undefined {
  if (kind === 'subparagraph') return undefined;
  const lead = detectLead(text, kind);
  return lead && text.startsWith(lead) ? lead : undefined;
}

export function buildParagraphSource(hit: PrecedentHit): ParagraphSource {
  return { documentId: hit.documentId, ref: hit.ref, citation: hit.citation, text: hit.text };
}

/** Reads a stored source defensively: it arrives from other clients and older documents. */
export function readParagraphSource(value: unknown): ParagraphSource | null {
  if (!value || typeof value !== 'object') return null;
  const source = value as Record<string, unknown>;
  if (typeof source.documentId !== 'string' || typeof source.ref !== 'string') return null;
  return {
    documentId: source.documentId,
    ref: source.ref,
    citation: typeof source.citation === 'string' ? source.citation : source.ref,
    text: typeof source.text === 'string' ? source.text : '',
  };
}

/** How the agreed-language report names a paragraph: "OP 4", "PP 3", "(a)". */
export function formatParagraphName(kind: ParagraphKind, label: string): string {
  if (kind === 'operative') return `OP ${label.replace(/\.$/, '')}`;
  if (kind === 'preambular') return label.replace(/^PP(\d)/, 'PP $1');
  return label;
}
