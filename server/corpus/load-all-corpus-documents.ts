import type { CorpusDocument } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';
import { toCorpusDocument } from './to-corpus-document';

/** Two queries for the whole corpus instead of one per document. */
export async function loadAllCorpusDocuments(db: Db): Promise<CorpusDocument[]> {
  const [rows, paragraphs] = await Promise.all([
    db.corpusDocument.findMany({ orderBy: [{ year: 'asc' }, { id: 'asc' }] }),
    db.corpusParagraph.findMany({ orderBy: [{ documentId: 'asc' }, { position: 'asc' }] }),
  ]);
  const byDocument = new Map<string, typeof paragraphs>();
  for (const paragraph of paragraphs) {
    const list = byDocument.get(paragraph.documentId) ?? [];
    list.push(paragraph);
    byDocument.set(paragraph.documentId, list);
  }
  const draftsOf = new Map<string, string[]>();
  for (const row of rows) if (row.becameId) draftsOf.set(row.becameId, [...(draftsOf.get(row.becameId) ?? []), row.id]);
  return rows.map((row) => toCorpusDocument(row, byDocument.get(row.id) ?? [], draftsOf.get(row.id) ?? []));
}
