import { describe, expect, it } from 'vitest';
import { deriveParagraphRefs } from './derive-paragraph-refs';

describe('deriveParagraphRefs', () => {
  it('gives subparagraphs the number of their operative paragraph', () => {
    expect(
      deriveParagraphRefs([
        { kind: 'preambular' },
        { kind: 'preambular' },
        { kind: 'operative' },
        { kind: 'operative' },
        { kind: 'subparagraph', depth: 1 },
        { kind: 'subparagraph', depth: 2 },
        { kind: 'subparagraph', depth: 2 },
        { kind: 'subparagraph', depth: 1 },
        { kind: 'operative' },
      ]),
    ).toEqual(['PP1', 'PP2', '1', '2', '2(a)', '2(a)(i)', '2(a)(ii)', '2(b)', '3']);
  });
});
