import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentKind } from '../corpus/types';
import { addDocuments, createSearchIndex, removeDocument, searchIndex } from './index';
import { normalizeLanguage } from './language-key';

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

const SHARED = 'Invites States to strengthen "multidisciplinary" cooperation among competent authorities against trafficking;';
const FILLER = [
  'Requests the Secretariat to report to the Conference at its next session.',
  'Welcomes the work of the Working Group on Trafficking in Persons.',
  'Recalls the functions assigned to it in article 32 of the Convention.',
];

function buildIndex() {
  const index = createSearchIndex({ formatCitation: (doc, ref) => `${doc.id} OP ${ref}` });
  addDocuments(index, [
    makeDocument('draft-2022', 'revised draft resolution', 2022, [
      ...FILLER,
      `  INVITES States to strengthen “multidisciplinary” cooperation among competent authorities against trafficking¹.`,
    ]),
    makeDocument('res-2022', 'resolution', 2022, [SHARED, ...FILLER]),
    makeDocument('res-2020', 'resolution', 2020, [FILLER[0], SHARED.replace(';', ',')]),
    makeDocument('res-other', 'resolution', 2021, [SHARED.replace('competent', 'relevant')]),
  ]);
  return index;
}

describe('normalizeLanguage', () => {
  it('ignores case, quotes, spacing, footnote markers and the closing punctuation, not words', () => {
    expect(normalizeLanguage(' Calls upon  “States”¹ to act;')).toBe(normalizeLanguage('calls upon "States" to act.'));
    expect(normalizeLanguage('Calls upon States to act')).not.toBe(normalizeLanguage('Calls upon Members to act'));
  });
});

describe('one hit per piece of language', () => {
  it('shows identical paragraphs once, citing the adopted then latest text, and keeps one-word variants apart', () => {
    const index = buildIndex();
    const { hits, total } = searchIndex(index, 'multidisciplinary cooperation among competent authorities');
    const keys = hits.map((hit) => `${hit.documentId}#${hit.ref}`);
    expect(keys).toContain('res-2022#1');
    expect(keys).toContain('res-other#1');
    expect(keys).not.toContain('draft-2022#4');
    expect(keys).not.toContain('res-2020#2');
    const grouped = hits.find((hit) => hit.documentId === 'res-2022')!;
    expect(grouped.alsoIn).toEqual([
      { documentId: 'res-2020', ref: '2', citation: 'res-2020 OP 2' },
      { documentId: 'draft-2022', ref: '4', citation: 'draft-2022 OP 4' },
    ]);
    expect(hits.find((hit) => hit.documentId === 'res-other')!.alsoIn).toBeUndefined();
    expect(total).toBe(hits.length);
  });

  it('counts a group once in total and pages without repeating it', () => {
    const index = buildIndex();
    const all = searchIndex(index, 'trafficking', { limit: 50 });
    expect(all.total).toBe(all.hits.length);
    const paged = [0, 1, 2, 3].flatMap((page) => searchIndex(index, 'trafficking', { limit: 1, offset: page }).hits);
    expect(paged.map((hit) => `${hit.documentId}#${hit.ref}`)).toEqual(all.hits.slice(0, 4).map((hit) => `${hit.documentId}#${hit.ref}`));
    const phrase = searchIndex(index, '"multidisciplinary cooperation"', { limit: 50 });
    expect(phrase.total).toBe(2);
  });

  it('groups only what the filter admits, and forgets removed texts', () => {
    const index = buildIndex();
    const drafts = searchIndex(index, 'multidisciplinary cooperation', { filter: { kind: ['revised draft resolution'] } });
    expect(drafts.hits.map((hit) => [hit.documentId, hit.alsoIn])).toEqual([['draft-2022', undefined]]);
    removeDocument(index, 'res-2022');
    const { hits, total } = searchIndex(index, 'multidisciplinary cooperation');
    const grouped = hits.find((hit) => hit.documentId === 'res-2020')!;
    expect(grouped.alsoIn?.map((place) => place.documentId)).toEqual(['draft-2022']);
    expect(total).toBe(2);
    removeDocument(index, 'res-2020');
    addDocuments(index, [makeDocument('res-2024', 'resolution', 2024, [SHARED]), makeDocument('dec-2023', 'decision', 2023, [SHARED])]);
    const again = searchIndex(index, 'multidisciplinary cooperation');
    expect(again.hits.map((hit) => [hit.documentId, hit.alsoIn?.map((place) => place.documentId)])).toEqual([
      ['res-2024', ['dec-2023', 'draft-2022']],
      ['res-other', undefined],
    ]);
    expect(again.total).toBe(2);
  });
});
