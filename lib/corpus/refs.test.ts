import { describe, expect, it } from 'vitest';
import { formatCitation } from './format-citation';
import { hashContent } from './hash-content';
import { compareRefs, formatRef, formatRefLabel, parseRef } from './refs';

describe('refs', () => {
  it('parses and formats the one convention', () => {
    expect(parseRef('PP4')).toEqual({ preambular: true, number: 4, parts: [] });
    expect(parseRef('13(h)')).toEqual({ preambular: false, number: 13, parts: ['h'] });
    expect(parseRef('(b)(iii)')).toEqual({ preambular: false, number: undefined, parts: ['b', 'iii'] });
    expect(parseRef('nonsense')).toBeUndefined();
    for (const ref of ['PP4', '11', '13(h)', '46(j)(iv)', '(a)', '(b)(iii)']) expect(formatRef(parseRef(ref)!)).toBe(ref);
  });

  it('labels refs as delegates read them', () => {
    expect(formatRefLabel('PP4')).toBe('PP 4');
    expect(formatRefLabel('13(h)')).toBe('OP 13 (h)');
    expect(formatRefLabel('11')).toBe('OP 11');
    expect(formatRefLabel('(b)(iii)')).toBe('(b) (iii)');
  });

  it('sorts in document order', () => {
    const refs = ['13(b)', '2', 'PP10', '13', '13(a)(ii)', 'PP2', '13(a)', '13(a)(i)', '13(k)', '(b)', '(a)'];
    expect([...refs].sort(compareRefs)).toEqual([
      'PP2',
      'PP10',
      '(a)',
      '(b)',
      '2',
      '13',
      '13(a)',
      '13(a)(i)',
      '13(a)(ii)',
      '13(b)',
      '13(k)',
    ]);
    expect(['46(j)(v)', '46(j)(iv)', '46(i)'].sort(compareRefs)).toEqual(['46(i)', '46(j)(iv)', '46(j)(v)']);
  });
});

describe('formatCitation', () => {
  const resolution = { kind: 'resolution', number: '10/3', year: 2020, title: 'Effective implementation' } as const;
  it('cites as a delegate says it', () => {
    expect(formatCitation(resolution, '11')).toBe('COP res. 10/3, OP 11 (2020)');
    expect(formatCitation(resolution, 'PP4')).toBe('COP res. 10/3, PP 4 (2020)');
    expect(formatCitation(resolution, '13(h)')).toBe('COP res. 10/3, OP 13 (h) (2020)');
    expect(formatCitation({ kind: 'decision', number: '4/4', year: 2008, title: 'x' }, '(a)')).toBe('COP dec. 4/4, (a) (2008)');
    expect(formatCitation({ kind: 'recommendations', year: 2011, meeting: 4, title: 'x' }, '45(j)')).toBe('WG 2011, rec. 45 (j)');
    expect(formatCitation({ kind: 'draft resolution', year: 2020, title: 'x' }, '3')).toBe('Draft res. (2020), OP 3');
  });
});

describe('hashContent', () => {
  it('is stable across line endings and changes with the text', () => {
    expect(hashContent('a\r\nb')).toBe(hashContent('a\nb'));
    expect(hashContent('a')).not.toBe(hashContent('b'));
    expect(hashContent('a')).toMatch(/^[0-9a-f]{64}$/);
  });
});
