import { describe, expect, it } from 'vitest';
import {
  findReferencedParagraph,
  formatParagraphReference,
  parseParagraphReference,
  type ReferencedParagraph,
} from './paragraph-reference';

describe('parseParagraphReference', () => {
  it.each([
    ['PP3', { kind: 'preambular', number: 3 }],
    ['pp 3', { kind: 'preambular', number: 3 }],
    ['OP 12', { kind: 'operative', number: 12, subparagraphs: [] }],
    ['op12', { kind: 'operative', number: 12, subparagraphs: [] }],
    ['12', { kind: 'operative', number: 12, subparagraphs: [] }],
    ['12.', { kind: 'operative', number: 12, subparagraphs: [] }],
    ['OP 3 (a)', { kind: 'operative', number: 3, subparagraphs: ['a'] }],
    ['3(a)(ii)', { kind: 'operative', number: 3, subparagraphs: ['a', 'ii'] }],
    ['  op 3 a  ', { kind: 'operative', number: 3, subparagraphs: ['a'] }],
  ])('reads %j', (input, expected) => {
    expect(parseParagraphReference(input)).toEqual(expected);
  });

  it.each(['', 'paragraph', 'PP', 'OP', 'x3', '3 (a)(i)(b)'])('names no paragraph in %j', (input) => {
    expect(parseParagraphReference(input)).toBeNull();
  });

  it('writes references the way the room does', () => {
    expect(formatParagraphReference({ kind: 'preambular', number: 3 })).toBe('PP3');
    expect(formatParagraphReference({ kind: 'operative', number: 99, subparagraphs: [] })).toBe('OP 99');
    expect(formatParagraphReference({ kind: 'operative', number: 3, subparagraphs: ['a', 'i'] })).toBe('OP 3 (a) (i)');
  });
});

describe('findReferencedParagraph', () => {
  const paragraphs: ReferencedParagraph[] = [
    { kind: 'preambular', depth: 0, label: 'PP1' },
    { kind: 'preambular', depth: 0, label: 'PP2' },
    { kind: 'operative', depth: 0, label: '1.' },
    { kind: 'subparagraph', depth: 1, label: '(a)' },
    { kind: 'operative', depth: 0, label: '2.' },
    { kind: 'subparagraph', depth: 1, label: '(a)' },
    { kind: 'subparagraph', depth: 2, label: '(i)' },
    { kind: 'subparagraph', depth: 1, label: '(b)' },
  ];
  const find = (input: string) => findReferencedParagraph(paragraphs, parseParagraphReference(input)!);

  it('finds preambular and operative paragraphs', () => {
    expect(find('PP2')).toBe(1);
    expect(find('OP 2')).toBe(4);
    expect(find('1')).toBe(2);
  });

  it('finds subparagraphs under their own operative paragraph', () => {
    expect(find('OP 1 (a)')).toBe(3);
    expect(find('OP 2 (a)')).toBe(5);
    expect(find('2 (a)(i)')).toBe(6);
    expect(find('2 (b)')).toBe(7);
  });

  it('finds nothing for a paragraph the draft lacks', () => {
    expect(find('OP 99')).toBe(-1);
    expect(find('PP9')).toBe(-1);
    expect(find('OP 1 (b)')).toBe(-1);
    expect(find('OP 1 (a)(i)')).toBe(-1);
  });
});
