import type { ParagraphKind } from '@/lib/draft';

/** The kind menu offers the two subparagraph depths as kinds of their own, as delegates think of them (words: room.kinds). */
export const kindChoices = [
  { value: 'preambular', kind: 'preambular', depth: 0 },
  { value: 'operative', kind: 'operative', depth: 0 },
  { value: 'subparagraph-1', kind: 'subparagraph', depth: 1 },
  { value: 'subparagraph-2', kind: 'subparagraph', depth: 2 },
] as const satisfies readonly { value: string; kind: ParagraphKind; depth: number }[];

export type KindChoice = (typeof kindChoices)[number];

export function readKindChoice(kind: ParagraphKind, depth: number): KindChoice['value'] {
  if (kind === 'subparagraph') return depth >= 2 ? 'subparagraph-2' : 'subparagraph-1';
  return kind;
}

export function findKindChoice(value: string): KindChoice | undefined {
  return kindChoices.find((choice) => choice.value === value);
}
