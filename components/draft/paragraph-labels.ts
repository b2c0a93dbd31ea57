import type { ParagraphKind } from '@/lib/draft';
import { paragraphStatusLabels } from '@/lib/draft/paragraph-status-labels';

export const statusLabels = paragraphStatusLabels;

/** The kind select offers the two subparagraph depths as kinds of their own, as delegates think of them. */
export const kindChoices = [
  { value: 'preambular', label: 'Preambular (PP)', kind: 'preambular', depth: 0 },
  { value: 'operative', label: 'Operative (1.)', kind: 'operative', depth: 0 },
  { value: 'subparagraph-1', label: 'Subparagraph (a)', kind: 'subparagraph', depth: 1 },
  { value: 'subparagraph-2', label: 'Sub-subparagraph (i)', kind: 'subparagraph', depth: 2 },
] as const satisfies readonly { value: string; label: string; kind: ParagraphKind; depth: number }[];

export type KindChoice = (typeof kindChoices)[number];

export function readKindChoice(kind: ParagraphKind, depth: number): KindChoice['value'] {
  if (kind === 'subparagraph') return depth >= 2 ? 'subparagraph-2' : 'subparagraph-1';
  return kind;
}

export function findKindChoice(value: string): KindChoice | undefined {
  return kindChoices.find((choice) => choice.value === value);
}
