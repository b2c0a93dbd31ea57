import type { CorpusParagraph, ParagraphKind } from '@/lib/corpus/types';
import { numberToLetter, numberToRoman } from '@/lib/corpus/refs';

/**
 * Corrections a person makes to a parsed import before it is saved: a
 * paragraph's kind, or two paragraphs the reader split that belong together.
 * References and depths follow from the kinds and the order alone, so they are
 * recomputed after every correction (and again on the server before saving,
 * never taken from the browser).
 */

/**
 * `PP<n>` for preambular paragraphs, `<n>` for operative ones, `<n>(a)` and
 * `<n>(a)(i)` below them (`(a)` when no numbered paragraph came before, as in
 * texts lettered from the top). A subparagraph keeps its depth (1 or 2); any
 * other kind sits at depth 0.
 */
export function renumberParagraphs(paragraphs: readonly CorpusParagraph[]): CorpusParagraph[] {
  let preambular = 0;
  let operative = 0;
  let letter = 0;
  let roman = 0;
  return paragraphs.map((paragraph) => {
    if (paragraph.kind === 'preambular') {
      preambular += 1;
      return { ...paragraph, depth: 0, ref: `PP${preambular}` };
    }
    if (paragraph.kind === 'operative') {
      operative += 1;
      letter = 0;
      roman = 0;
      return { ...paragraph, depth: 0, ref: String(operative) };
    }
    const base = operative > 0 ? String(operative) : '';
    // A roman item with no lettered parent opens one, so every reference stays parseable.
    if (paragraph.depth >= 2 && letter > 0) {
      roman += 1;
      return { ...paragraph, depth: 2, ref: `${base}(${numberToLetter(letter)})(${numberToRoman(roman)})` };
    }
    letter += 1;
    roman = 0;
    return { ...paragraph, depth: 1, ref: `${base}(${numberToLetter(letter)})` };
  });
}

export function changeParagraphKind(paragraphs: readonly CorpusParagraph[], index: number, kind: ParagraphKind): CorpusParagraph[] {
  const target = paragraphs[index];
  if (!target) throw new RangeError(`There is no paragraph ${index + 1}.`);
  const depth = kind === 'subparagraph' ? Math.max(1, target.depth) : 0;
  return renumberParagraphs(paragraphs.map((paragraph, at) => (at === index ? { ...paragraph, kind, depth } : paragraph)));
}

/**
 * The first paragraph keeps its kind and lead; the texts join with one space
 * and the notes stay in reading order, so nothing of either is lost.
 */
export function mergeWithNext(paragraphs: readonly CorpusParagraph[], index: number): CorpusParagraph[] {
  const first = paragraphs[index];
  const second = paragraphs[index + 1];
  if (!first || !second) throw new RangeError(`Paragraph ${index + 1} has no next paragraph to merge with.`);
  const notes = [...(first.notes ?? []), ...(second.notes ?? [])];
  const merged: CorpusParagraph = {
    ...first,
    text: `${first.text.trimEnd()} ${second.text.trimStart()}`.trim(),
    ...(notes.length > 0 ? { notes } : {}),
  };
  return renumberParagraphs([...paragraphs.slice(0, index), merged, ...paragraphs.slice(index + 2)]);
}
