import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentKind } from '../corpus/types';
import { addDocuments, createSearchIndex, removeDocument, searchIndex, setTopics } from './index';

function makeDocument(id: string, kind: DocumentKind, year: number, texts: string[], body = 'Conference of the Parties'): CorpusDocument {
  return {
    id,
    title: id,
    kind,
    body,
    year,
    sources: [],
    paragraphs: texts.map((text, i) => ({ ref: String(i + 1), kind: 'operative', text, depth: 0 })),
  };
}

const FILLER = [
  'Requests the Secretariat to report to the Conference at its next session on the implementation of the present resolution.',
  'Invites Member States and other donors to provide extrabudgetary resources for the purposes described above.',
  'Recalls the functions assigned to it in article 32 of the Convention.',
  'Welcomes the work of the Working Group on Trafficking in Persons.',
];

function buildIndex() {
  const index = createSearchIndex({ formatCitation: (doc, ref) => `${doc.id}, OP ${ref}` });
  addDocuments(index, [
    makeDocument('res-a', 'resolution', 2010, [
      ...FILLER,
      'Urges States parties to discourage the demand that fosters all forms of exploitation of persons, especially women and children.',
    ]),
    makeDocument('res-b', 'resolution', 2020, [
      'Encourages States to take measures against demand and to discourage recruitment that fosters the exploitation of victims.',
      'Calls upon States to protect victims of trafficking and to provide them with assistance.',
    ]),
    makeDocument(
      'wg-2011',
      'recommendations',
      2011,
      ['States parties should consider establishing national referral mechanisms for victims.'],
      'Working Group on Trafficking in Persons',
    ),
  ]);
  return index;
}

describe('searchIndex', () => {
  it('finds inflected forms through stemming ("fostered" finds "fosters")', () => {
    const index = buildIndex();
    const { hits } = searchIndex(index, 'fostered');
    expect(hits.map((hit) => hit.documentId)).toContain('res-a');
    const hit = hits.find((h) => h.documentId === 'res-a')!;
    expect(hit.matches.map((m) => hit.text.slice(m.start, m.end))).toEqual(['fosters']);
  });

  it('still finds the paragraph when a word is misspelt', () => {
    const index = buildIndex();
    const { hits } = searchIndex(index, 'discourrage the demand');
    expect(hits[0]).toMatchObject({ documentId: 'res-a', ref: '5', citation: 'res-a, OP 5' });
    const typoHits = searchIndex(index, 'referal mechanisms').hits;
    expect(typoHits[0]?.documentId).toBe('wg-2011');
  });

  it('ranks the exact phrase above the same words scattered', () => {
    const index = buildIndex();
    const { hits } = searchIndex(index, 'discourage the demand that fosters');
    expect(hits[0].documentId).toBe('res-a');
    expect(hits.some((hit) => hit.documentId === 'res-b')).toBe(true);
    expect(hits[0].score).toBeGreaterThan(hits.find((hit) => hit.documentId === 'res-b')!.score);
  });

  it('ranks an adopted text above a draft with nearly the same wording, and cites it for the very same wording', () => {
    const index = createSearchIndex();
    const text = 'Urges States parties to strengthen cooperation in the identification of victims of trafficking.';
    addDocuments(index, [
      makeDocument('draft', 'draft resolution', 2020, [text.replace('Urges', 'Calls upon')]),
      makeDocument('adopted', 'resolution', 2020, [text]),
    ]);
    expect(searchIndex(index, 'strengthen cooperation in the identification').hits.map((h) => h.documentId)).toEqual(['adopted', 'draft']);
    addDocuments(index, [makeDocument('draft', 'draft resolution', 2020, [text])]);
    const { hits } = searchIndex(index, 'strengthen cooperation in the identification');
    expect(hits.map((h) => [h.documentId, h.alsoIn?.map((place) => place.documentId)])).toEqual([['adopted', ['draft']]]);
  });

  it('gives a low weight to common words', () => {
    const index = buildIndex();
    // "the" and "of" are everywhere; "victims" decides
    expect(searchIndex(index, 'the victims of the').hits[0].text).toMatch(/victims/);
  });

  it('filters by kind, year, body, topic and explicit refs', () => {
    const index = buildIndex();
    setTopics(index, [{ topic: 'Demand', refs: [{ documentId: 'res-b', ref: '1' }], unresolved: [] }]);
    const ids = (filter: Parameters<typeof searchIndex>[2]) =>
      searchIndex(index, 'victims exploitation demand', filter).hits.map((h) => `${h.documentId}#${h.ref}`);
    // within a filter, a hit must still answer the query: the Working Group's text is on referral of victims
    const referral = (filter: Parameters<typeof searchIndex>[2]) =>
      searchIndex(index, 'referral mechanisms for victims', filter).hits.map((h) => `${h.documentId}#${h.ref}`);
    expect(referral({ filter: { kind: ['recommendations'] } })).toEqual(['wg-2011#1']);
    expect(searchIndex(index, 'victims exploitation demand', { filter: { kind: ['recommendations'] } }).found).toBe(false);
    expect(ids({ filter: { yearFrom: 2015 } }).every((id) => id.startsWith('res-b'))).toBe(true);
    expect(ids({ filter: { yearTo: 2010 } })).toEqual(['res-a#5']);
    expect(referral({ filter: { body: 'working group' } })).toEqual(['wg-2011#1']);
    expect(ids({ filter: { topic: 'demand' } })).toEqual(['res-b#1']);
    expect(ids({ filter: { topicRefs: [{ documentId: 'res-a', ref: '5' }] } })).toEqual(['res-a#5']);
  });

  it('pages through results with limit and offset', () => {
    const index = buildIndex();
    const all = searchIndex(index, 'States', { limit: 100 });
    expect(all.total).toBe(all.hits.length);
    const page = searchIndex(index, 'States', { limit: 2, offset: 1 });
    expect(page.hits.map((h) => h.ref + h.documentId)).toEqual(all.hits.slice(1, 3).map((h) => h.ref + h.documentId));
  });

  it('requires quoted phrases', () => {
    const index = buildIndex();
    const { hits } = searchIndex(index, '"discourage the demand"');
    expect(hits.map((h) => h.documentId)).toEqual(['res-a']);
  });

  it('stops finding a removed document and finds a newly added one', () => {
    const index = buildIndex();
    expect(removeDocument(index, 'res-a')).toBe(true);
    expect(searchIndex(index, 'discourage the demand that fosters').hits.map((h) => h.documentId)).not.toContain('res-a');
    addDocuments(index, [makeDocument('res-c', 'resolution', 2022, ['Decides to discourage the demand that fosters forced labour.'])]);
    expect(searchIndex(index, 'discourage the demand that fosters').hits[0].documentId).toBe('res-c');
    expect(removeDocument(index, 'unknown')).toBe(false);
  });

  it('replaces a document re-added under the same id', () => {
    const index = buildIndex();
    addDocuments(index, [makeDocument('wg-2011', 'recommendations', 2011, ['States should collect data on smuggling of migrants.'])]);
    expect(searchIndex(index, 'referral mechanisms').hits.map((h) => h.documentId)).not.toContain('wg-2011');
    expect(searchIndex(index, 'smuggling of migrants').hits[0].documentId).toBe('wg-2011');
  });

  it('returns nothing for words the corpus never uses', () => {
    const index = buildIndex();
    expect(searchIndex(index, 'zzzz qqqq')).toEqual({ hits: [], total: 0, found: false });
    expect(searchIndex(index, '')).toEqual({ hits: [], total: 0, found: false });
  });

  it('stays correct when repeated re-imports trigger a rebuild', () => {
    const index = buildIndex();
    const many = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i} on regional cooperation against trafficking.`);
    addDocuments(index, [makeDocument('bulk', 'decision', 2015, many)]);
    addDocuments(index, [makeDocument('bulk', 'decision', 2015, many)]);
    addDocuments(index, [makeDocument('bulk', 'decision', 2016, ['Only paragraph left on regional cooperation.'])]);
    expect(index.paragraphDoc.size).toBeLessThan(100);
    expect(searchIndex(index, 'regional cooperation').hits.map((h) => `${h.documentId}#${h.ref}`)).toEqual(['bulk#1']);
    expect(searchIndex(index, 'discourage the demand that fosters').hits[0].documentId).toBe('res-a');
    expect(searchIndex(index, 'demand', { filter: { topic: 'nothing' } }).hits).toEqual([]);
  });
});
