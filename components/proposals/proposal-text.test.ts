import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en, fr } from '@/test-support/messages';
import type { ProposalView } from './proposal-model';
import { describeStandingSentence } from './proposal-text';

const t = createTranslator({ locale: 'en', messages: en, namespace: 'proposals' });
const tFr = createTranslator({ locale: 'fr', messages: fr, namespace: 'proposals' });

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
    expect(describeStandingSentence(proposal({ supporters: ['MEX', 'JPN'], objectors: ['USA'] }), names, t)).toBe(
      'Supported by Mexico and Japan. Objected to by the United States.',
    );
  });

  it('says when nobody has taken a position yet', () => {
    expect(describeStandingSentence(proposal({}), names, t)).toBe('No support or objection yet.');
  });

  it("says the facilitator's decision, and an open proposal overtaken", () => {
    expect(describeStandingSentence(proposal({ supporters: ['MEX'], status: 'accepted' }), names, t)).toBe(
      'Supported by Mexico. Accepted by the facilitator.',
    );
    expect(describeStandingSentence(proposal({ status: 'rejected' }), names, t)).toBe('Rejected by the facilitator.');
    expect(describeStandingSentence(proposal({ status: 'withdrawn' }), names, t)).toBe('Withdrawn.');
    expect(describeStandingSentence(proposal({ overtaken: true }), names, t)).toBe(
      'No support or objection yet. Overtaken by changes to the paragraph.',
    );
  });
});

describe('describeStandingSentence in French', () => {
  it('joins names with « et » and drops the English article', () => {
    expect(describeStandingSentence(proposal({ supporters: ['MEX', 'JPN'], objectors: ['USA'] }), names, tFr)).toBe(
      'Appuyée par Mexico et Japan. Contestée par United States.',
    );
  });
});
