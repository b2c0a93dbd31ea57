import { describe, expect, it } from 'vitest';
import { formatCitation } from '../corpus/format-citation';
import { loadBuiltInCorpus } from '../corpus/load-built-in-corpus';
import { builtInCorpusDir } from '@/test-support/corpus-dir';
import { addDocuments, checkAgreedLanguage, createSearchIndex, searchIndex } from './index';

const corpus = loadBuiltInCorpus(builtInCorpusDir);
const index = createSearchIndex({ formatCitation, topics: corpus.topics });
addDocuments(index, corpus.documents);

describe('search on the built-in corpus', () => {
  it('returns the resolutions\' demand paragraphs for "discourage the demand that fosters"', () => {
    const { hits } = searchIndex(index, 'discourage the demand that fosters', { limit: 5 });
    expect(hits).toHaveLength(5);
    for (const hit of hits) expect(hit.text.toLowerCase()).toMatch(/discourage.{0,40}the demand that foster/);
    const adopted = hits.filter((hit) => hit.documentId.startsWith('cop-res-'));
    expect(adopted.length).toBeGreaterThanOrEqual(3);
    expect(hits[0].citation).toMatch(/res\./i);
  });

  it('finds where a draft paragraph was adopted', () => {
    const draft = corpus.documents.find((doc) => doc.id === 'cop10-draft-resolution-2020')!;
    const paragraph = draft.paragraphs.find((p) => p.ref === '11')!;
    const keys = searchIndex(index, paragraph.text, { limit: 5 }).hits.map((hit) => `${hit.documentId}#${hit.ref}`);
    expect(keys).toContain('cop-res-10-3#11');
  });

  it('marks the agreed language of a draft paragraph and cites an adopted resolution', () => {
    const draft = corpus.documents.find((doc) => doc.id === 'cop11-colombia-revised-draft-2022')!;
    const paragraph = draft.paragraphs.find((p) => p.ref === '6')!;
    const { coverage, spans } = checkAgreedLanguage(index, paragraph.text);
    expect(coverage).toBeGreaterThan(0.8);
    expect(spans.some((span) => span.documentId === 'cop-res-11-5')).toBe(true);
    expect(spans.every((span) => !span.documentId.includes('draft'))).toBe(true);
  });

  it('ranks a paragraph sharing the substance above ones sharing only the formula and addressee', () => {
    const { hits, found } = searchIndex(index, 'Urges States to collect data disaggregated by sex and age', { limit: 5 });
    expect(found).not.toBe(false);
    expect(hits.map((hit) => `${hit.documentId}#${hit.ref}`)).toContain('cop-res-11-5#14');
    // "Urges States to …" alone (11/5 OP 13 on South-South cooperation, OP 15 on INTERPOL) no longer leads
    expect(hits[0].text).toMatch(/disaggregat/);
    const formulaOnly = searchIndex(index, 'Urges States to collect data disaggregated by sex and age', { limit: 50 }).hits.findIndex(
      (hit) => hit.documentId === 'cop-res-11-5' && hit.ref === '15',
    );
    const substance = hits.findIndex((hit) => hit.documentId === 'cop-res-11-5' && hit.ref === '14');
    expect(formulaOnly === -1 || formulaOnly > substance).toBe(true);
  });

  it('puts international cooperation first for "Encourages States parties to strengthen international cooperation"', () => {
    const { hits } = searchIndex(index, 'Encourages States parties to strengthen international cooperation', { limit: 5 });
    for (const hit of hits.slice(0, 2)) expect(hit.text.toLowerCase()).toContain('international cooperation');
    // unrelated "Encourages States parties to …" paragraphs stay out of the top five
    for (const hit of hits) expect(hit.text.toLowerCase()).toContain('cooperat');
  });

  it('says nothing answers a query in another language, off-topic or made of the formula alone', () => {
    for (const query of [
      'trata de personas',
      'football world cup results',
      'La Conférence encourage les États parties à renforcer la coopération internationale',
      'Encourages States parties to',
      'Requests the United Nations Office on Drugs and Crime to',
    ]) {
      expect(searchIndex(index, query).found, query).toBe(false);
    }
    expect(searchIndex(index, 'discourage the demand that fosters').found).not.toBe(false);
    expect(searchIndex(index, 'extradiiton').found).not.toBe(false);
  });

  it('keeps only paragraphs with the same opening words under the lead filter', () => {
    const query = 'strengthen international cooperation';
    const { hits } = searchIndex(index, query, { limit: 20, filter: { lead: 'calls upon' } });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.text).toMatch(/^Calls upon/);
    expect(searchIndex(index, query, { filter: { lead: 'Sings loudly' } }).hits).toEqual([]);
  });
});

describe('one hit per piece of language on the built-in corpus', () => {
  it('cites 11/5 once for a paragraph the Colombia revised draft already had word for word', () => {
    const draft = corpus.documents.find((doc) => doc.id === 'cop11-colombia-revised-draft-2022')!;
    const paragraph = draft.paragraphs.find((p) => p.ref === '11')!;
    const { hits } = searchIndex(index, paragraph.text, { limit: 10 });
    expect(hits[0]).toMatchObject({ documentId: 'cop-res-11-5', ref: '12' });
    expect(hits[0].alsoIn).toEqual([{ documentId: draft.id, ref: '11', citation: formatCitation(draft, '11') }]);
    expect(hits.filter((hit) => hit.documentId === draft.id && hit.ref === '11')).toEqual([]);
  });

  it('lists every other place of language repeated across resolutions and drafts', () => {
    const { hits } = searchIndex(index, 'consider acceding to the Protocol as a matter of priority', { limit: 10 });
    const grouped = hits.find((hit) => hit.documentId === 'cop-res-11-5' && hit.ref === '1')!;
    expect(grouped.alsoIn?.map((place) => `${place.documentId}#${place.ref}`)).toEqual([
      'cop-res-10-3#1',
      'cop11-colombia-revised-draft-2022#1',
      'cop10-draft-resolution-2020#1',
    ]);
  });
});
