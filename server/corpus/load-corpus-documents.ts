import type { CorpusDocument } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';
import { toCorpusDocument } from './to-corpus-document';

/** The documents among `ids` that exist, in three queries whatever their number. */
export async function loadCorpusDocuments(db: Db, ids: string[]): Promise<CorpusDocument[]> {
  if (ids.length === 0) return [];
  const [rows, paragraphs, drafts] = await Promise.all([
    db.corpusDocument.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } }),
    db.corpusParagraph.findMany({ where: { documentId: { in: ids } }, orderBy: [{ documentId: 'asc' }, { position: 'asc' }] }),
    db.corpusDocument.findMany({ where: { becameId: { in: ids } }, select: { id: true, becameId: true }, orderBy: { year: 'asc' } }),
  ]);
  return rows.map((row) =>
    toCorpusDocument(
      row,
      paragraphs.filter((paragraph) => paragraph.documentId === row.id),
      drafts.filter((draft) => draft.becameId === row.id).map((draft) => draft.id),
    ),
  );
}
