import { describe, expect, it } from 'vitest';
import type { ProposalView } from './proposal-model';
import { describeStandingSentence } from './proposal-text';

const names = new Map([
  ['MEX', 'Mexico'],
  ['JPN', 'Japan'],
  ['USA', 'United States'],
]);

function proposal(overrides: Partial<ProposalView>): ProposalView {
  return { supporters: [], objectors: [], status: 'open', overtaken: false, ...overrides } as ProposalView;
}

describe('describeStandingSentence', () => {
  it('names supporters and objectors in sentences', () => {
    expect(describeStandingSentence(proposal({ supporters: ['MEX', 'JPN'], objectors: ['USA'] }), names)).toBe(
      'Supported by Mexico and Japan. Objected to by the United States.',
    );
  });

  it('says when nobody has taken a position yet', () => {
    expect(describeStandingSentence(proposal({}), names)).toBe('No support or objection yet.');
  });

  it("says the facilitator's decision, and an open proposal overtaken", () => {
    expect(describeStandingSentence(proposal({ supporters: ['MEX'], status: 'accepted' }), names)).toBe(
      'Supported by Mexico. Accepted by the facilitator.',
    );
    expect(describeStandingSentence(proposal({ status: 'rejected' }), names)).toBe('Rejected by the facilitator.');
    expect(describeStandingSentence(proposal({ status: 'withdrawn' }), names)).toBe('Withdrawn.');
    expect(describeStandingSentence(proposal({ overtaken: true }), names)).toBe(
      'No support or objection yet. Overtaken by changes to the paragraph.',
    );
  });
});
