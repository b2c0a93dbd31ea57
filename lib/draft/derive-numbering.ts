import type { ParagraphKind } from './types';
import { numberToLetter, numberToRoman } from '@/lib/corpus/refs';

export interface NumberingInput {
  kind: ParagraphKind;
  depth?: number;
}

/**
 * Labels from kinds and order alone: PP1, PP2 … for preambular paragraphs;
 * 1, 2 … for operative ones; (a), (b) … for subparagraphs under the preceding
 * operative paragraph and (i), (ii) … one level deeper.
 */
export function deriveNumbering(paragraphs: readonly NumberingInput[]): string[] {
  let preambular = 0;
  let operative = 0;
  let letter = 0;
  let roman = 0;
  return paragraphs.map((paragraph) => {
    if (paragraph.kind === 'preambular') return `PP${++preambular}`;
    if (paragraph.kind === 'operative') {
      letter = 0;
      roman = 0;
      return String(++operative);
    }
    if ((paragraph.depth ?? 1) >= 2) return `(${numberToRoman(++roman)})`;
    roman = 0;
    return `(${numberToLetter(++letter)})`;
  });
}
