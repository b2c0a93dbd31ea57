import { describe, expect, it } from 'vitest';
import { builtInCorpusDir } from '@/test-support/corpus-dir';
import { formatCitation } from '../corpus/format-citation';
import { loadBuiltInCorpus } from '../corpus/load-built-in-corpus';
import type { CorpusDocument } from '../corpus/types';
import { addDocuments, checkAgreedLanguage, createSearchIndex, removeDocument, searchIndex } from './index';
import type { SearchIndex, SearchOptions } from './types';

/**
 * Applying imports and removals one by one must leave an index that answers
 * exactly like one built from scratch over the documents that remain, whatever
 * order the rebuild reads them in, so a process that caught up incrementally and
 * one that just started agree on every result and every page.
 */

const corpus = loadBuiltInCorpus(builtInCorpusDir);
// a second copy of a text under another id (as an import of a file already in the corpus makes):
// its paragraphs score exactly like the original's, so ties must be broken alike everywhere
const copy = { ...corpus.documents[15], id: `${corpus.documents[15].id}-2` };
const documents = [...corpus.documents, copy];

/** A rebuild reads the documents in the database's order, not in the order they were added. */
function buildFresh(docs: CorpusDocument[]): SearchIndex {
  const index = createSearchIndex({ formatCitation, topics: corpus.topics });
  addDocuments(
    index,
    [...docs].sort((a, b) => (a.id < b.id ? 1 : -1)),
  );
  return index;
}

function listLiveDocuments(index: SearchIndex): CorpusDocument[] {
  return index.documents.filter((entry) => entry.alive).map((entry) => entry.doc);
}

/** Windows of real paragraphs (2–8 words, and whole paragraphs), typos, phrases and filters. */
function listQueries(): { query: string; options?: SearchOptions }[] {
  const queries: { query: string; options?: SearchOptions }[] = [
    { query: 'discourage the demand that fosters' },
    { query: 'discourrage the demand' },
    { query: 'referal mechanisms for victms' },
    { query: '"trafficking in persons"' },
    { query: 'victims of trafficking', options: { limit: 50 } },
    { query: 'States parties', options: { limit: 20, offset: 40 } },
    { query: 'international cooperation', options: { filter: { kind: ['recommendations'] } } },
    { query: 'protection of victims', options: { filter: { yearFrom: 2015, body: 'working group' } } },
    { query: 'demand exploitation', options: { filter: { topic: corpus.topics[0]?.topic ?? 'none' } } },
  ];
  let seed = 7;
  const next = (bound: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % bound;
  };
  const texts = documents.flatMap((doc) => doc.paragraphs.map((paragraph) => paragraph.text));
  for (let i = 0; i < 60; i++) {
    const words = texts[next(texts.length)].split(/\s+/);
    const length = 2 + next(7);
    const start = next(Math.max(1, words.length - length));
    queries.push({ query: words.slice(start, start + length).join(' '), options: { limit: 20 } });
  }
  for (let i = 0; i < 10; i++) queries.push({ query: texts[next(texts.length)], options: { limit: 10 } });
  return queries;
}

const queries = listQueries();
const agreedTexts = documents
  .filter((doc) => doc.kind.includes('draft'))
  .flatMap((doc) => doc.paragraphs.slice(0, 8).map((paragraph) => paragraph.text));

function expectSameAnswers(incremental: SearchIndex, rebuilt: SearchIndex): void {
  for (const { query, options } of queries) {
    expect(searchIndex(incremental, query, options), query).toEqual(searchIndex(rebuilt, query, options));
  }
  for (const text of agreedTexts) expect(checkAgreedLanguage(incremental, text), text).toEqual(checkAgreedLanguage(rebuilt, text));
}

function withText(doc: CorpusDocument, suffix: string): CorpusDocument {
  return { ...doc, paragraphs: doc.paragraphs.map((paragraph) => ({ ...paragraph, text: `${paragraph.text} ${suffix}` })) };
}

describe('incremental additions and removals', () => {
  it('answer like a rebuild after documents are added one by one', () => {
    const held = documents.filter((_, i) => i % 4 === 1);
    const index = buildFresh(documents.filter((doc) => !held.includes(doc)));
    // the agreed-language index is built lazily; it must also take the additions in
    checkAgreedLanguage(index, agreedTexts[0]);
    for (const doc of held) addDocuments(index, [doc]);
    expect(listLiveDocuments(index)).toHaveLength(documents.length);
    expectSameAnswers(index, buildFresh(documents));
  });

  it('answer like a rebuild after removals, replacements and re-additions', () => {
    const index = buildFresh(documents);
    checkAgreedLanguage(index, agreedTexts[0]);
    for (const doc of documents.filter((_, i) => i % 3 === 0)) expect(removeDocument(index, doc.id)).toBe(true);
    addDocuments(index, [withText(documents[1], 'Notes the regional consultations on forced labour.')]);
    addDocuments(index, [documents[3]]);
    removeDocument(index, documents[4].id);
    const live = listLiveDocuments(index);
    expect(live.map((doc) => doc.id)).not.toContain(documents[0].id);
    expect(live.at(-1)?.id).toBe(documents[3].id);
    expectSameAnswers(index, buildFresh(live));
  });

  it('answer like a rebuild after enough removals to compact the index', () => {
    const index = buildFresh(documents);
    const before = index.paragraphDoc.size;
    for (let round = 0; round < 4; round++) {
      for (const doc of documents) addDocuments(index, [withText(doc, `Round ${round}.`)]);
    }
    for (const doc of documents.slice(0, 5)) removeDocument(index, doc.id);
    // compaction happened (dead paragraphs never outnumber live ones by much)
    expect(index.paragraphDoc.size).toBeLessThan(before * 3);
    expectSameAnswers(index, buildFresh(listLiveDocuments(index)));
  });
});
