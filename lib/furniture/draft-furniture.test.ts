import { describe, expect, it } from 'vitest';
import { diffFurniture, draftFurnitureSchema, readStoredFurniture } from './draft-furniture';

function firstMessage(input: unknown): string | undefined {
  const parsed = draftFurnitureSchema.safeParse(input);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

describe('draftFurnitureSchema', () => {
  it('takes a full set of details, trimmed, and drops blank fields', () => {
    const parsed = draftFurnitureSchema.parse({
      body: ' Conference of the Parties to the United Nations Convention against Transnational Organized Crime ',
      session: 'Eleventh session',
      place: 'Vienna, 17–21 October 2022',
      agendaItem: 'Agenda item 2',
      agendaTitle: '',
      symbol: 'CTOC/COP/2022/L.5',
      distribution: 'Limited',
      date: '2022-10-19',
      originalLanguage: 'English',
      documentKind: 'draft resolution',
    });
    expect(parsed.body).toBe('Conference of the Parties to the United Nations Convention against Transnational Organized Crime');
    expect(parsed.agendaTitle).toBeUndefined();
    expect(parsed.symbol).toBe('CTOC/COP/2022/L.5');
  });

  it('accepts the symbols UN bodies use', () => {
    for (const symbol of ['A/C.3/77/L.5', 'E/CN.7/2023/L.2', 'UNEP/EA.6/L.3', 'FCCC/CP/2022/L.1', 'A/77/L.5*']) {
      expect(firstMessage({ symbol })).toBeUndefined();
    }
  });

  it('says clearly what is wrong with a field', () => {
    expect(firstMessage({ symbol: 'CTOC/COP\n2022' })).toContain('one word');
    expect(firstMessage({ symbol: 'CTOC/COP/2022/L.5/Rev.1' })).toContain('without "/Rev.n"');
    expect(firstMessage({ session: 'Eleventh\nsession' })).toContain('one line');
    expect(firstMessage({ date: '2022-02-30' })).toContain('2022-10-19');
    expect(firstMessage({ date: '19 October 2022' })).toContain('2022-10-19');
    expect(firstMessage({ distribution: 'Restricted' })).toContain('"Limited" or "General"');
    expect(firstMessage({ documentKind: 'resolution' })).toContain('"draft resolution" or "draft decision"');
    expect(firstMessage({ originalLanguage: 'x'.repeat(41) })).toContain('at most 40');
    expect(firstMessage({ colour: 'red' })).toBeDefined();
  });
});

describe('readStoredFurniture', () => {
  it('reads what was stored and counts an unreadable value as none', () => {
    expect(readStoredFurniture('{"symbol":"CTOC/COP/2022/L.5"}')).toEqual({ symbol: 'CTOC/COP/2022/L.5' });
    expect(readStoredFurniture('{}')).toEqual({});
    expect(readStoredFurniture('not json')).toEqual({});
    expect(readStoredFurniture(null)).toEqual({});
  });
});

describe('diffFurniture', () => {
  it('names each changed field with its values before and after', () => {
    expect(diffFurniture({ symbol: 'A/1', session: 'S' }, { symbol: 'A/2', date: '2022-10-19', session: 'S' })).toEqual({
      symbol: { from: 'A/1', to: 'A/2' },
      date: { from: null, to: '2022-10-19' },
    });
  });
});
