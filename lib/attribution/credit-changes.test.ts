import { describe, expect, it } from 'vitest';
import { diffWords } from '@/lib/compare/diff-words';
import { creditOps, creditWhole, findRecordsFor, type ChangeRecord } from './credit-changes';
import { traceWords } from './trace-words';

const records: ChangeRecord[] = [
  { author: 'CHAIR', paragraphId: 'p1', before: 'Urges States to act;', after: 'Urges all States to act;', at: '2026-11-26T10:00:00Z' },
  {
    author: 'EU',
    paragraphId: 'p1',
    before: 'Urges all States to act;',
    after: 'Urges all States to act promptly;',
    at: '2026-11-26T10:05:00Z',
  },
  {
    author: 'USA',
    paragraphId: 'p2',
    before: 'Requests the secretariat to report.',
    after: 'Invites the Executive Director to present a study.',
    at: '2026-11-26T10:10:00Z',
  },
];

describe('crediting compared changes to recorded ones', () => {
  it('credits each inserted and deleted run to the record whose own words they are', () => {
    const { ops } = diffWords('Urges States to act;', 'Urges all States to act promptly;', { showNoise: true });
    const authors = creditOps(ops, findRecordsFor(records, ['p1']));
    const byText = new Map(ops.map(([op, text], index) => [`${op}${text.trim()}`, authors[index]]));
    expect(byText.get('1all')).toBe('CHAIR');
    expect(byText.get('1promptly')).toBe('EU');
  });

  it("finds the proposal that replaced a paragraph of a text with no draft ids by the paragraph's own words", () => {
    const found = findRecordsFor(records, [], 'Requests the secretariat to report.');
    expect(found.map((record) => record.author)).toEqual(['USA']);
    expect(creditWhole('deleted', 'Requests the secretariat to report.', found)).toBe('USA');
    // A phrase that only appears inside another paragraph's old text is not enough.
    expect(findRecordsFor(records, [], 'Urges States')).toEqual([]);
  });

  it('leaves runs no record explains uncredited', () => {
    expect(creditOps([[1, 'unrelated words']], records)).toEqual([undefined]);
  });
});

describe('tracing every word of a paragraph', () => {
  it('says for each run whether it is base text, a proposal accepted at a time, or a chair edit at a time', () => {
    const runs = traceWords('Urges all States to act promptly;', findRecordsFor(records, ['p1']));
    expect(runs.map((run) => run.text).join('')).toBe('Urges all States to act promptly;');
    const sourceOf = (word: string) => runs.find((run) => run.text.includes(word))?.source;
    expect(sourceOf('Urges')).toEqual({ kind: 'base' });
    expect(sourceOf('all')).toEqual({ kind: 'chair', at: '2026-11-26T10:00:00Z' });
    expect(sourceOf('promptly')).toEqual({ kind: 'proposal', delegation: 'EU', at: '2026-11-26T10:05:00Z' });
    expect(traceWords('Untouched text.', [])).toEqual([{ text: 'Untouched text.', source: { kind: 'base' } }]);
  });
});
