import { describe, expect, it } from 'vitest';
import { splitOpsAtLeads } from './split-ops-at-leads';

describe('splitOpsAtLeads', () => {
  it('cuts kept and inserted words at the new lead and deleted words at the old one', () => {
    expect(
      splitOpsAtLeads(
        [
          [-1, 'Urges'],
          [1, 'Strongly urges'],
          [0, ' States to act'],
        ],
        'Strongly urges',
        'Urges',
      ),
    ).toEqual([
      { op: -1, parts: [{ text: 'Urges', italic: true }] },
      { op: 1, parts: [{ text: 'Strongly urges', italic: true }] },
      { op: 0, parts: [{ text: ' States to act', italic: false }] },
    ]);
    expect(
      splitOpsAtLeads(
        [
          [0, 'Recalling '],
          [1, 'also its'],
          [0, ' resolution'],
        ],
        'Recalling also',
        'Recalling',
      ),
    ).toEqual([
      { op: 0, parts: [{ text: 'Recalling ', italic: true }] },
      {
        op: 1,
        parts: [
          { text: 'also', italic: true },
          { text: ' its', italic: false },
        ],
      },
      { op: 0, parts: [{ text: ' resolution', italic: false }] },
    ]);
  });

  it('leaves everything upright without leads', () => {
    expect(splitOpsAtLeads([[1, 'new']])).toEqual([{ op: 1, parts: [{ text: 'new', italic: false }] }]);
  });
});
