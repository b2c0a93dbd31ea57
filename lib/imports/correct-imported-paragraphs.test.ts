import { describe, expect, it } from 'vitest';
import { importedParagraphsSample, makeImportedParagraph } from '@/test-support/imported-paragraphs';
import { changeParagraphKind, detectNumbering, mergeWithNext, renumberParagraphs } from './correct-imported-paragraphs';

const paragraph = makeImportedParagraph;
const sample = importedParagraphsSample;

describe('renumberParagraphs', () => {
  it('numbers preambular, operative and lettered paragraphs from the kinds and the order alone', () => {
    expect(renumberParagraphs(sample).map((p) => [p.ref, p.depth])).toEqual([
      ['PP1', 0],
      ['PP2', 0],
      ['1', 0],
      ['2', 0],
      ['2(a)', 1],
      ['2(a)(i)', 2],
      ['3', 0],
    ]);
  });

  it('letters from the top when no numbered paragraph came first, and opens a letter for an orphan roman item', () => {
    const refs = renumberParagraphs([paragraph('subparagraph', 'x', { depth: 2 }), paragraph('subparagraph', 'y', { depth: 2 })]);
    expect(refs.map((p) => p.ref)).toEqual(['(a)', '(a)(i)']);
  });
});

describe('changeParagraphKind', () => {
  it('turns an operative paragraph into a subparagraph of the one before and renumbers what follows', () => {
    const changed = changeParagraphKind(sample, 3, 'subparagraph');
    expect(changed.map((p) => p.ref)).toEqual(['PP1', 'PP2', '1', '1(a)', '1(b)', '1(b)(i)', '2']);
    expect(changed[3]).toMatchObject({ kind: 'subparagraph', depth: 1, text: 'by collecting data;' });
  });

  it('turns a preambular paragraph operative at depth 0', () => {
    const changed = changeParagraphKind(sample, 1, 'operative');
    expect(changed.map((p) => p.ref)).toEqual(['PP1', '1', '2', '3', '3(a)', '3(a)(i)', '4']);
    expect(sample[1].ref).toBe('stale');
  });

  it('refuses an index outside the list', () => {
    expect(() => changeParagraphKind(sample, 7, 'operative')).toThrow(RangeError);
  });
});

describe('mergeWithNext', () => {
  it('joins the texts with one space, keeps the first kind and lead, and both notes in order', () => {
    const merged = mergeWithNext(sample, 2);
    expect(merged).toHaveLength(6);
    expect(merged[2]).toEqual({
      ref: '1',
      kind: 'operative',
      depth: 0,
      lead: 'Urges',
      text: 'Urges States parties to act; by collecting data;',
      notes: ['A/RES/55/25.'],
    });
    expect(merged.map((p) => p.ref)).toEqual(['PP1', 'PP2', '1', '1(a)', '1(a)(i)', '2']);
    expect(mergeWithNext(merged, 4)[4]).toMatchObject({
      text: 'and by age; Decides to remain seized of the matter.',
      notes: ['Second note.'],
    });
  });

  it('refuses to merge the last paragraph', () => {
    expect(() => mergeWithNext(sample, 6)).toThrow(RangeError);
  });
});

describe('a text lettered from the top', () => {
  const lettered = [
    paragraph('operative', 'Recommendation one;', { ref: '(a)' }),
    paragraph('subparagraph', 'with detail;', { ref: '(a)(i)', depth: 1 }),
    paragraph('operative', 'Recommendation two;', { ref: '(b)' }),
    paragraph('operative', 'Recommendation three.', { ref: '(c)' }),
  ];

  it('keeps its letters through corrections', () => {
    expect(detectNumbering(lettered)).toBe('lettered');
    expect(renumberParagraphs(lettered, 'lettered').map((p) => p.ref)).toEqual(['(a)', '(a)(i)', '(b)', '(c)']);
    expect(changeParagraphKind(lettered, 2, 'subparagraph').map((p) => p.ref)).toEqual(['(a)', '(a)(i)', '(a)(ii)', '(b)']);
    expect(mergeWithNext(lettered, 2).map((p) => p.ref)).toEqual(['(a)', '(a)(i)', '(b)']);
  });
});
