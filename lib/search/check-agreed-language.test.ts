import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentKind } from '../corpus/types';
import { addDocuments, checkAgreedLanguage, createSearchIndex, searchIndex } from './index';

function makeDocument(id: string, kind: DocumentKind, year: number, texts: string[]): CorpusDocument {
  return {
    id,
    title: id,
    kind,
    body: 'Conference of the Parties',
    year,
    sources: [],
    paragraphs: texts.map((text, i) => ({ ref: String(i + 1), kind: 'operative', text, depth: 0 })),
  };
}

const ADOPTED =
  'Urges States parties to discourage the demand that fosters all forms of exploitation of persons, especially women and children.';

describe('checkAgreedLanguage', () => {
  it('finds a span of six or more words with its source', () => {
    const index = createSearchIndex({ formatCitation: (doc, ref) => `${doc.id} OP ${ref}` });
    addDocuments(index, [makeDocument('res-5-2', 'resolution', 2010, ['Recalls its earlier work.', ADOPTED])]);
    const text = 'We propose that States “DISCOURAGE the demand that fosters all forms of exploitation” in supply chains.';
    const { spans, coverage } = checkAgreedLanguage(index, text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].start, spans[0].end)).toBe('DISCOURAGE the demand that fosters all forms of exploitation');
    expect(spans[0]).toMatchObject({ documentId: 'res-5-2', ref: '2', citation: 'res-5-2 OP 2' });
    expect(coverage).toBeCloseTo(9 / 16);
  });

  it('ignores overlaps of five words', () => {
    const index = createSearchIndex();
    addDocuments(index, [makeDocument('res', 'resolution', 2010, [ADOPTED])]);
    const { spans, coverage } = checkAgreedLanguage(index, 'Members should discourage the demand that fosters labour abuses in factories.');
    expect(spans).toEqual([]);
    expect(coverage).toBe(0);
  });

  it('ignores drafts and prefers resolutions, then the most recent text', () => {
    const index = createSearchIndex();
    const shared = 'to strengthen international cooperation in the prosecution of traffickers';
    addDocuments(index, [
      makeDocument('draft', 'draft resolution', 2024, [`Calls upon States ${shared} and the protection of victims.`]),
      makeDocument('wg', 'recommendations', 2023, [`States should continue ${shared}.`]),
      makeDocument('res-old', 'resolution', 2010, [`Urges States ${shared}.`]),
      makeDocument('res-new', 'resolution', 2020, [`Invites States ${shared}.`]),
    ]);
    const { spans } = checkAgreedLanguage(index, `Calls upon States ${shared} and the protection of victims.`);
    expect(spans).toHaveLength(1);
    expect(spans[0].documentId).toBe('res-new');
  });

  it('reports maximal spans from different sources and their coverage', () => {
    const index = createSearchIndex();
    addDocuments(index, [
      makeDocument('res-1', 'resolution', 2010, [
        'Requests the Secretariat to continue to provide technical assistance to States parties.',
      ]),
      makeDocument('dec-1', 'decision', 2008, ['Decides that the Working Group on Trafficking in Persons shall be a constant element.']),
    ]);
    const text =
      'Requests the Secretariat to continue to provide technical assistance, and decides that the Working Group on Trafficking in Persons shall meet.';
    const { spans, coverage } = checkAgreedLanguage(index, text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.documentId])).toEqual([
      ['Requests the Secretariat to continue to provide technical assistance', 'res-1'],
      ['decides that the Working Group on Trafficking in Persons', 'dec-1'],
    ]);
    expect(coverage).toBeCloseTo(18 / 21);
  });

  it('trims function words from the edges and ignores runs that are grammar only', () => {
    const index = createSearchIndex();
    addDocuments(index, [
      makeDocument('res', 'resolution', 2020, [
        'Decides that all of the States and the Parties to it should be heard in accordance with the provisions of the Convention.',
      ]),
    ]);
    const grammar = checkAgreedLanguage(index, 'We note that in accordance with the provisions of the text nothing changes.');
    expect(grammar).toEqual({ coverage: 0, spans: [] });
    const text = 'Calls for all of the States and the Parties to it to act.';
    const { spans } = checkAgreedLanguage(index, text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([]);
    const substance = 'in accordance with the provisions of the Convention and so on';
    const found = checkAgreedLanguage(index, substance);
    expect(found.spans.map((span) => substance.slice(span.start, span.end))).toEqual(['accordance with the provisions of the Convention']);
  });

  it('cites the text search cites for the same language', () => {
    const index = createSearchIndex({ formatCitation: (doc, ref) => `${doc.id} OP ${ref}` });
    const shared = 'Requests the Secretariat to continue to provide technical assistance to States parties upon request.';
    addDocuments(index, [
      makeDocument('res-2010', 'resolution', 2010, [shared]),
      makeDocument('res-2020', 'resolution', 2020, [shared]),
      makeDocument('draft-2022', 'draft resolution', 2022, [shared]),
    ]);
    const [hit] = searchIndex(index, shared).hits;
    const { spans, coverage } = checkAgreedLanguage(index, shared);
    expect(coverage).toBe(1);
    expect(spans.map((span) => span.documentId)).toEqual([hit.documentId]);
    expect(hit.documentId).toBe('res-2020');
  });
});
