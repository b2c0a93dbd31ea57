import { describe, expect, it } from 'vitest';
import { describeSponsorLine, joinNames, MAX_CO_SPONSORS_ON_LINE, printSponsorLine } from './build-furniture';

describe('joinNames', () => {
  it('joins names as UN documents do, without a serial comma', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Colombia'])).toBe('Colombia');
    expect(joinNames(['Colombia', 'Peru'])).toBe('Colombia and Peru');
    expect(joinNames(['Colombia', 'Mexico', 'Peru'])).toBe('Colombia, Mexico and Peru');
  });
});

describe('describeSponsorLine', () => {
  it('names the main sponsor and the kind of document', () => {
    const line = describeSponsorLine({ mainSponsor: 'Colombia', documentKind: 'revised draft resolution' });
    expect(line).toEqual({ sponsors: 'Colombia', kind: 'revised draft resolution' });
    expect(printSponsorLine(line!)).toBe('Colombia: revised draft resolution');
  });

  it('lists a few co-sponsors on the line, and calls the document a draft resolution by default', () => {
    const line = describeSponsorLine({ mainSponsor: 'Colombia', coSponsors: ['Mexico', 'Peru'] });
    expect(printSponsorLine(line!)).toBe('Colombia, Mexico and Peru: draft resolution');
    const full = describeSponsorLine({ mainSponsor: 'Colombia', coSponsors: ['Chile', 'Mexico', 'Peru'] });
    expect(MAX_CO_SPONSORS_ON_LINE).toBe(3);
    expect(full?.footnote).toBeUndefined();
  });

  it('moves many co-sponsors to a footnote marked with an asterisk', () => {
    const line = describeSponsorLine({
      mainSponsor: 'Colombia',
      coSponsors: ['Chile', 'Ecuador', 'Mexico', 'Peru'],
      documentKind: 'revised draft resolution',
    });
    expect(line).toEqual({
      sponsors: 'Colombia',
      kind: 'revised draft resolution',
      footnote: 'Also on behalf of Chile, Ecuador, Mexico and Peru.',
    });
    expect(printSponsorLine(line!)).toBe('Colombia*: revised draft resolution');
  });

  it('ignores blank and repeated names, the main sponsor among the co-sponsors included', () => {
    const line = describeSponsorLine({ mainSponsor: ' Colombia ', coSponsors: ['Colombia', '', 'Peru', ' Peru'] });
    expect(printSponsorLine(line!)).toBe('Colombia and Peru: draft resolution');
  });

  it('prints the kind alone when nobody sponsors the text, and nothing when the furniture says neither', () => {
    expect(printSponsorLine(describeSponsorLine({ documentKind: 'draft decision' })!)).toBe('Draft decision');
    expect(describeSponsorLine({ symbol: 'CTOC/COP/2022/L.5' })).toBeUndefined();
  });
});
