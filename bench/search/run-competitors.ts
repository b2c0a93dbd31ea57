import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import type { CorpusDocument } from '../../lib/corpus/types';

export interface Competitor {
  name: string;
  /** Paragraph keys "documentId#ref", best first. */
  search(query: string, limit: number): string[];
  close(): void;
}

interface FlatParagraph {
  id: number;
  key: string;
  text: string;
}

function flattenParagraphs(documents: CorpusDocument[]): FlatParagraph[] {
  const paragraphs: FlatParagraph[] = [];
  for (const doc of documents) {
    for (const paragraph of doc.paragraphs) {
      paragraphs.push({ id: paragraphs.length, key: `${doc.id}#${paragraph.ref}`, text: paragraph.text });
    }
  }
  return paragraphs;
}

/** MiniSearch as an app would configure it: OR of words, light fuzzy matching for typos. */
export function buildMiniSearch(documents: CorpusDocument[]): Competitor {
  const paragraphs = flattenParagraphs(documents);
  const miniSearch = new MiniSearch<FlatParagraph>({ fields: ['text'], storeFields: [] });
  miniSearch.addAll(paragraphs);
  return {
    name: 'MiniSearch',
    search: (query, limit) =>
      miniSearch
        .search(query, { fuzzy: (term) => (term.length >= 5 ? 1 : 0) })
        .slice(0, limit)
        .map((result) => paragraphs[result.id as number].key),
    close: () => undefined,
  };
}

/** SQLite FTS5 in memory with its porter tokenizer and bm25(), words OR-ed together. */
export function buildFts5(documents: CorpusDocument[]): Competitor {
  const paragraphs = flattenParagraphs(documents);
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE paragraphs USING fts5(text, tokenize = 'porter unicode61')");
  const insert = db.prepare('INSERT INTO paragraphs(rowid, text) VALUES (?, ?)');
  db.transaction(() => {
    for (const paragraph of paragraphs) insert.run(paragraph.id + 1, paragraph.text);
  })();
  const select = db.prepare('SELECT rowid FROM paragraphs WHERE paragraphs MATCH ? ORDER BY bm25(paragraphs) LIMIT ?');
  return {
    name: 'SQLite FTS5',
    search: (query, limit) => {
      const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{Nd}]+/gu) ?? [])];
      if (words.length === 0) return [];
      const match = words.map((word) => `"${word}"`).join(' OR ');
      return (select.all(match, limit) as { rowid: number }[]).map((row) => paragraphs[row.rowid - 1].key);
    },
    close: () => db.close(),
  };
}
