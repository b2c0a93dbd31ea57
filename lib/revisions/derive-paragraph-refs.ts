import { deriveNumbering, type NumberingInput } from '@/lib/draft/derive-numbering';

/**
 * Turns a draft's printed numbers (PP1, 3, (a), (i)) into corpus-style refs
 * (PP1, 3, 3(a), 3(a)(i)) so drafts, revisions and corpus texts compare alike.
 */
export function deriveParagraphRefs(paragraphs: readonly NumberingInput[]): string[] {
  const numbers = deriveNumbering(paragraphs);
  let operative = '';
  let letter = '';
  return numbers.map((number, index) => {
    const paragraph = paragraphs[index]!;
    if (paragraph.kind === 'preambular') return number;
    if (paragraph.kind === 'operative') {
      operative = number;
      letter = '';
      return number;
    }
    if ((paragraph.depth ?? 1) >= 2) return `${operative}${letter}${number}`;
    letter = number;
    return `${operative}${number}`;
  });
}
