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
 * How a text numbers its operative part: `1.`, `2.` (resolutions), or `(a)`,
 * `(b)` from the top (the Working Group's recommendation lists).
 */
export type Numbering = 'numbered' | 'lettered';

/** Read from the references the parser gave: a text lettered from the top has operative paragraphs `(a)`, `(b)`. */
export function detectNumbering(paragraphs: readonly CorpusParagraph[]): Numbering {
  const operative = paragraphs.find((paragraph) => paragraph.kind === 'operative');
  return operative?.ref.startsWith('(') ? 'lettered' : 'numbered';
}

/**
 * `PP<n>` for preambular paragraphs; operative paragraphs `<n>` (or `(a)` in
 * a text lettered from the top); below them `<n>(a)` and `<n>(a)(i)` (or
 * `(a)(i)`). A subparagraph keeps its depth where the numbering allows it;
 * any other kind sits at depth 0. Numbers run in sequence: a gap the parser
 * warned about is closed.
 */
export function renumberParagraphs(paragraphs: readonly CorpusParagraph[], numbering: Numbering = 'numbered'): CorpusParagraph[] {
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
      return { ...paragraph, depth: 0, ref: numbering === 'lettered' ? `(${numberToLetter(operative)})` : String(operative) };
    }
    if (numbering === 'lettered' && operative > 0) {
      roman += 1;
      return { ...paragraph, depth: 1, ref: `(${numberToLetter(operative)})(${numberToRoman(roman)})` };
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
  return renumberParagraphs(
    paragraphs.map((paragraph, at) => (at === index ? { ...paragraph, kind, depth } : paragraph)),
    detectNumbering(paragraphs),
  );
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
  return renumberParagraphs([...paragraphs.slice(0, index), merged, ...paragraphs.slice(index + 2)], detectNumbering(paragraphs));
}
