import { describe, expect, it } from 'vitest';
import { buildDraftProgress } from './build-draft-progress';
import { countBracketPairs } from './count-bracket-pairs';
import { findMostContested } from './find-most-contested';
import { sumNegotiationProgress } from './sum-negotiation-progress';
import { tallyDelegationFates } from './tally-delegation-fates';
import { tallyParagraphStatuses } from './tally-paragraph-statuses';
import type { ProgressParagraph, ProgressProposal } from './types';

const names = new Map([
  ['EU', 'European Union'],
  ['COL', 'Colombia'],
  ['USA', 'United States'],
]);
const nameOf = (code: string) => names.get(code) ?? code;

function paragraph(id: string, text: string, status: ProgressParagraph['status'] = 'open'): ProgressParagraph {
  return { id, ref: id, status, text };
}

function proposal(id: string, paragraphId: string, delegation: string, extra: Partial<ProgressProposal> = {}): ProgressProposal {
  return { id, paragraphId, kind: 'amend', delegation, status: 'open', supporters: [], objectors: [], ...extra };
}

describe('countBracketPairs', () => {
  it('counts each closed pair, nested ones too, and ignores strays', () => {
    expect(countBracketPairs('no brackets')).toBe(0);
    expect(countBracketPairs('[a] and [b]')).toBe(2);
    expect(countBracketPairs('[outer [inner] text]')).toBe(2);
    expect(countBracketPairs('] stray [ open')).toBe(0);
    expect(countBracketPairs('[[one]')).toBe(1);
  });
});

describe('tallyParagraphStatuses', () => {
  it('puts open paragraphs with brackets in their words among the bracketed', () => {
    const tally = tallyParagraphStatuses([
      paragraph('1', 'Plain text'),
      paragraph('2', 'Some [disputed] words'),
      paragraph('3', 'Whole paragraph', 'bracketed'),
      paragraph('4', 'Agreed pending capitals', 'agreed-ad-ref'),
      paragraph('5', 'Agreed [even with a bracket]', 'agreed'),
    ]);
    expect(tally).toEqual({ open: 1, bracketed: 2, agreedAdRef: 1, agreed: 1, total: 5 });
  });
});

describe('findMostContested', () => {
  it('ranks by objecting delegations, then open proposals, then brackets, and names delegations', () => {
    const paragraphs = [paragraph('PP1', 'Calm'), paragraph('1', 'Some [x] text'), paragraph('2', 'Hot'), paragraph('3', 'Warm')];
    const proposals = [
      proposal('a', '2', 'EU', { supporters: ['COL'], objectors: ['USA'] }),
      proposal('b', '2', 'COL', { kind: 'alternative', objectors: ['EU'] }),
      proposal('c', '3', 'USA', { objectors: ['EU'] }),
      proposal('d', 'PP1', 'EU', { status: 'rejected', objectors: ['USA', 'COL'] }),
    ];
    const contested = findMostContested(paragraphs, proposals, nameOf);
    expect(contested.map((entry) => entry.ref)).toEqual(['2', '3', '1']);
    expect(contested[0]).toMatchObject({
      objectors: ['United States', 'European Union'],
      supporters: ['Colombia'],
      proposals: [
        { id: 'a', delegationName: 'European Union', supporters: ['Colombia'], objectors: ['United States'] },
        { id: 'b', kind: 'alternative', delegationName: 'Colombia', objectors: ['European Union'] },
      ],
    });
    expect(contested[2]).toMatchObject({ brackets: 1, proposals: [] });
  });

  it('leaves out paragraphs nobody disputes and keeps to the limit', () => {
    const paragraphs = Array.from({ length: 15 }, (_, index) => paragraph(String(index + 1), index % 2 ? '[x]' : 'calm'));
    expect(findMostContested(paragraphs, [], nameOf, 3).map((entry) => entry.ref)).toEqual(['2', '4', '6']);
    expect(findMostContested([paragraph('1', 'calm')], [], nameOf)).toEqual([]);
  });
});

describe('tallyDelegationFates', () => {
  it('counts each delegation by fate, most proposals first', () => {
    const rows = tallyDelegationFates(
      [
        proposal('1', 'p', 'COL'),
        proposal('2', 'p', 'EU', { status: 'accepted' }),
        proposal('3', 'p', 'EU', { status: 'rejected' }),
        proposal('4', 'p', 'EU', { status: 'withdrawn' }),
        proposal('5', 'p', 'COL', { status: 'accepted' }),
        proposal('6', 'p', 'USA', { status: 'open' }),
      ],
      nameOf,
    );
    expect(rows).toEqual([
      { code: 'EU', name: 'European Union', open: 0, accepted: 1, rejected: 1, withdrawn: 1, total: 3 },
      { code: 'COL', name: 'Colombia', open: 1, accepted: 1, rejected: 0, withdrawn: 0, total: 2 },
      { code: 'USA', name: 'United States', open: 1, accepted: 0, rejected: 0, withdrawn: 0, total: 1 },
    ]);
  });
});

describe('buildDraftProgress', () => {
  it('plots brackets and alternatives per revision, then now', () => {
    const progress = buildDraftProgress({
      paragraphs: [paragraph('p1', '[a] [b]'), paragraph('p2', 'agreed', 'agreed')],
      proposals: [
        proposal('x', 'p1', 'EU', { kind: 'alternative' }),
        proposal('y', 'p1', 'COL', { kind: 'alternative', status: 'rejected' }),
        proposal('z', 'gone', 'COL', { kind: 'alternative' }),
      ],
      revisions: [
        {
          name: 'Rev.1',
          issuedAt: '2026-11-20T10:00:00.000Z',
          paragraphs: [paragraph('p1', '[a] [b] [c]'), paragraph('p2', '[d]')],
          openProposals: [
            { paragraphId: 'p1', kind: 'alternative', status: 'open' },
            { paragraphId: 'p2', kind: 'alternative', status: 'open' },
            { paragraphId: 'p2', kind: 'amend', status: 'open' },
          ],
        },
      ],
      readAt: '2026-11-26T10:00:00.000Z',
      delegationNames: names,
    });
    expect(progress.timeline).toEqual([
      { label: 'Rev.1', at: '2026-11-20T10:00:00.000Z', paragraphs: 2, brackets: 4, alternatives: 2 },
      { label: 'Now', at: '2026-11-26T10:00:00.000Z', paragraphs: 2, brackets: 2, alternatives: 1 },
    ]);
    expect(progress.status).toEqual({ open: 0, bracketed: 1, agreedAdRef: 0, agreed: 1, total: 2 });
    expect(progress.delegations.map((row) => [row.code, row.total])).toEqual([
      ['COL', 2],
      ['EU', 1],
    ]);
  });
});

describe('sumNegotiationProgress', () => {
  it('sums statuses and delegations across drafts and keeps each draft bar', () => {
    const one = buildDraftProgress({
      paragraphs: [paragraph('a', '[x]'), paragraph('b', 'ok', 'agreed')],
      proposals: [proposal('1', 'a', 'EU')],
      revisions: [],
      readAt: '2026-11-26T10:00:00.000Z',
      delegationNames: names,
    });
    const two = buildDraftProgress({
      paragraphs: [paragraph('c', 'plain')],
      proposals: [proposal('2', 'c', 'EU', { status: 'accepted' }), proposal('3', 'c', 'COL', { kind: 'alternative' })],
      revisions: [],
      readAt: '2026-11-26T10:00:00.000Z',
      delegationNames: names,
    });
    const sum = sumNegotiationProgress([
      { draftId: 'd1', title: 'One', progress: one },
      { draftId: 'd2', title: 'Two', progress: two },
    ]);
    expect(sum.status).toEqual({ open: 1, bracketed: 1, agreedAdRef: 0, agreed: 1, total: 3 });
    expect(sum.drafts).toEqual([
      { draftId: 'd1', title: 'One', status: one.status, brackets: 1, alternatives: 0 },
      { draftId: 'd2', title: 'Two', status: two.status, brackets: 0, alternatives: 1 },
    ]);
    expect(sum.delegations).toEqual([
      { code: 'EU', name: 'European Union', open: 1, accepted: 1, rejected: 0, withdrawn: 0, total: 2 },
      { code: 'COL', name: 'Colombia', open: 1, accepted: 0, rejected: 0, withdrawn: 0, total: 1 },
    ]);
  });
});
