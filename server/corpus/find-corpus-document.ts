import type { CorpusDocument } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';
import { toCorpusDocument } from './to-corpus-document';

/** Accepts an id ("cop-res-10-3") or a number as delegates say it ("10/3"); adopted texts win over drafts. */
export async function findCorpusDocument(db: Db, idOrNumber: string): Promise<CorpusDocument | null> {
  const key = idOrNumber.trim();
  const row =
    (await db.corpusDocument.findUnique({ where: { id: key } })) ??
    (await db.corpusDocument.findFirst({
      where: { number: key.replace(/^(res(olution)?|dec(ision)?)\.?\s*/i, '') },
      orderBy: [{ kind: 'desc' }, { year: 'desc' }],
    }));
  if (!row) return null;
  const [paragraphs, drafts] = await Promise.all([
    db.corpusParagraph.findMany({ where: { documentId: row.id }, orderBy: { position: 'asc' } }),
    db.corpusDocument.findMany({ where: { becameId: row.id }, select: { id: true }, orderBy: { year: 'asc' } }),
  ]);
  return toCorpusDocument(
    row,
    paragraphs,
    drafts.map((draft) => draft.id),
  );
}
