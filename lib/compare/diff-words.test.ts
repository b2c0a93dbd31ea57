import { describe, expect, it } from 'vitest';
import { diffWords } from './diff-words';
import type { DiffOp } from './types';

const oldTextOf = (ops: DiffOp[]) =>
  ops
    .filter(([op]) => op <= 0)
    .map(([, text]) => text)
    .join('');
const newTextOf = (ops: DiffOp[]) =>
  ops
    .filter(([op]) => op >= 0)
    .map(([, text]) => text)
    .join('');
const changesOf = (ops: DiffOp[]) => ops.filter(([op]) => op !== 0);

describe('diffWords with noise hidden (default)', () => {
  it.each([
    ['a word split by PDF extraction', 'abuse of a position of vulnerabi lity', 'abuse of a position of vulnerability'],
    ['a hyphenated word split at a line end', 'a victim -centred approach', 'a victim-centred approach'],
    ['a hyphen left at a line end', 'comprehensive anti- trafficking measures', 'comprehensive anti-trafficking measures'],
    ['typographic quotes and apostrophes', 'the “Protocol” and the States’ obligations', 'the "Protocol" and the States\' obligations'],
    ['dash variants', 'trafficking – in all its forms — and 2010–2012', 'trafficking - in all its forms - and 2010-2012'],
    [
      'whitespace and line breaks',
      'Recalling  its resolution\n5/2 of 22 October 2010,',
      'Recalling its resolution 5/2 of 22 October 2010,',
    ],
    ['superscript footnote markers', 'the Convention,²⁴ pursuant to which', 'the Convention, pursuant to which'],
    ['a footnote number glued to punctuation', 'supplementing the Convention,2', 'supplementing the Convention,'],
    ['a footnote number left on the line', 'the Convention, 1  pursuant to which', 'the Convention, pursuant to which'],
    ['asterisks', 'Argentina,* Austria and Brazil', 'Argentina, Austria and Brazil'],
  ])('ignores %s: a single equal op showing the new text', (_, oldText, newText) => {
    const diff = diffWords(oldText, newText);
    expect(diff.equal).toBe(true);
    expect(diff.ops).toEqual([[0, newText]]);
  });

  it('shows a real one-word change next to noise', () => {
    const oldText = 'women and girls, who are disproportionally affected by trafficking for the purpose of sexual exploi tation,¹';
    const newText = 'women and girls, who are disproportionately affected by trafficking for the purpose of sexual exploitation,';
    const diff = diffWords(oldText, newText);
    expect(diff.equal).toBe(false);
    expect(changesOf(diff.ops).map(([op, text]) => [op, text.trim()])).toEqual([
      [-1, 'disproportionally'],
      [1, 'disproportionately'],
    ]);
    expect(newTextOf(diff.ops)).toBe(newText);
  });

  it('keeps words whole and replaces them as words', () => {
    const diff = diffWords('Encourages States to adopt national laws', 'Encourages States to amend national laws');
    expect(diff.ops).toEqual([
      [0, 'Encourages States to '],
      [-1, 'adopt '],
      [1, 'amend '],
      [0, 'national laws'],
    ]);
  });

  it('reconstructs the new text exactly and the old text up to whitespace', () => {
    const oldText = 'Urges Member States to act quickly and decisively, as appropriate;';
    const newText = 'Urges all States parties to act, as appropriate, within existing resources;';
    const { ops } = diffWords(oldText, newText);
    expect(newTextOf(ops)).toBe(newText);
    expect(oldTextOf(ops).replace(/\s+/g, ' ')).toBe(oldText);
  });

  it('keeps a changed number in a list of numbers', () => {
    const diff = diffWords('paragraphs 7, 8 and 10', 'paragraphs 7, 9 and 10');
    expect(changesOf(diff.ops).map(([op, text]) => [op, text.trim()])).toEqual([
      [-1, '8'],
      [1, '9'],
    ]);
  });

  it('treats two words joined by a hyphen ("near universal" → "near-universal") as a real edit', () => {
    const diff = diffWords('near universal ratification', 'near-universal ratification');
    expect(diff.equal).toBe(false);
  });
});

describe('diffWords with showNoise', () => {
  it('shows noise as changes and reconstructs both texts exactly', () => {
    const oldText = 'the “Protocol”,²⁴ a victim -centred and  vulnerabi lity';
    const newText = 'the "Protocol", a victim-centred and vulnerability';
    const diff = diffWords(oldText, newText, { showNoise: true });
    expect(diff.equal).toBe(false);
    expect(oldTextOf(diff.ops)).toBe(oldText);
    expect(newTextOf(diff.ops)).toBe(newText);
  });

  it('reconstructs both texts exactly for a real edit', () => {
    const oldText = 'Requests the Office to continue its work on the analysis of key concepts;';
    const newText = 'Also requests the Office, within existing resources, to continue its work on key concepts;';
    const diff = diffWords(oldText, newText, { showNoise: true });
    expect(oldTextOf(diff.ops)).toBe(oldText);
    expect(newTextOf(diff.ops)).toBe(newText);
  });
});
