import type { SnapshotParagraph } from '@/lib/draft';

/**
 * Numbers as delegates cite them: a subparagraph carries its operative
 * paragraph's number ("4(a)", "4(a)(i)"), the others their own ("PP3", "4").
 */
export function deriveFullNumbers(paragraphs: readonly Pick<SnapshotParagraph, 'kind' | 'depth' | 'number'>[]): string[] {
  let operative = '';
  let letter = '';
  return paragraphs.map((paragraph) => {
    if (paragraph.kind === 'operative') {
      operative = paragraph.number;
      letter = '';
      return paragraph.number;
    }
    if (paragraph.kind !== 'subparagraph') return paragraph.number;
    if (paragraph.depth >= 2) return `${letter || operative}${paragraph.number}`;
    letter = `${operative}${paragraph.number}`;
    return letter;
  });
}
