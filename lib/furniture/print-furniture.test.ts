import { describe, expect, it } from 'vitest';
import {
  formatUnDate,
  formatUnDateRange,
  printDocumentFurniture,
  printDocumentKind,
  printRevisionSymbol,
  readNegotiationDefaults,
  readRevisionNumber,
  withDefaults,
} from './print-furniture';

describe('dates as UN documents print them', () => {
  it('prints a day', () => {
    expect(formatUnDate('2022-10-19')).toBe('19 October 2022');
    expect(formatUnDate('2023-01-05')).toBe('5 January 2023');
  });

  it('prints a session’s dates without repeating the month or year', () => {
    expect(formatUnDateRange('2022-10-17', '2022-10-21')).toBe('17–21 October 2022');
    expect(formatUnDateRange('2022-09-28', '2022-10-02')).toBe('28 September–2 October 2022');
    expect(formatUnDateRange('2022-12-30', '2023-01-03')).toBe('30 December 2022–3 January 2023');
    expect(formatUnDateRange('2022-10-17', '2022-10-17')).toBe('17 October 2022');
    expect(formatUnDateRange('2022-10-17', null)).toBe('17 October 2022');
    expect(formatUnDateRange(null, null)).toBeUndefined();
  });
});

describe('the revision rule', () => {
  it('adds "/Rev.n" and "revised" for a revision named "Rev.n" only', () => {
    expect(readRevisionNumber('Rev.1')).toBe(1);
    expect(readRevisionNumber('rev. 12')).toBe(12);
    expect(readRevisionNumber('Informal 3')).toBeUndefined();
    expect(readRevisionNumber('Rev.0')).toBeUndefined();
    expect(printRevisionSymbol('CTOC/COP/2022/L.5', 'Rev.2')).toBe('CTOC/COP/2022/L.5/Rev.2');
    expect(printRevisionSymbol('CTOC/COP/2022/L.5', 'Chair’s text')).toBe('CTOC/COP/2022/L.5');
    expect(printRevisionSymbol('CTOC/COP/2022/L.5')).toBe('CTOC/COP/2022/L.5');
    expect(printDocumentKind('draft resolution', 'Rev.1')).toBe('revised draft resolution');
    expect(printDocumentKind('draft decision', 'Informal 3')).toBe('draft decision');
  });
});

describe('printDocumentFurniture', () => {
  const furniture = withDefaults(
    {
      symbol: 'CTOC/COP/2022/L.5',
      distribution: 'Limited' as const,
      date: '2022-10-19',
      agendaItem: 'Agenda item 2',
      agendaTitle: 'Review',
    },
    readNegotiationDefaults({
      body: 'Conference of the Parties',
      session: 'Eleventh session',
      startsOn: '2022-10-17',
      endsOn: '2022-10-21',
    }),
  );

  it('prints a revision’s furniture: symbol with /Rev.n, date as printed, sponsors by name', () => {
    expect(printDocumentFurniture({ furniture, mainSponsor: 'Colombia', coSponsors: ['Mexico', 'Peru'], revisionName: 'Rev.1' })).toEqual({
      body: 'Conference of the Parties',
      session: 'Eleventh session',
      place: '17–21 October 2022',
      agendaItem: 'Agenda item 2\nReview',
      symbol: 'CTOC/COP/2022/L.5/Rev.1',
      distribution: 'Limited',
      date: '19 October 2022',
      mainSponsor: 'Colombia',
      coSponsors: ['Mexico', 'Peru'],
      documentKind: 'revised draft resolution',
    });
  });

  it('lets the draft’s own lines win over the negotiation’s, and a revision’s day of issue stand in for a missing date', () => {
    const own = withDefaults(
      { session: 'Resumed eleventh session' },
      readNegotiationDefaults({ body: 'B', session: 'S', startsOn: null, endsOn: null }),
    );
    expect(printDocumentFurniture({ furniture: own, fallbackDate: '2022-10-20' })).toEqual({
      body: 'B',
      session: 'Resumed eleventh session',
      date: '20 October 2022',
      documentKind: 'draft resolution',
    });
  });

  it('prints nothing for a draft without furniture', () => {
    expect(printDocumentFurniture({ furniture: {} })).toEqual({});
  });
});
