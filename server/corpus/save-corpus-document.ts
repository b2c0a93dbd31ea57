import { createHash } from 'node:crypto';
import type { CorpusDocument } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';

/** Hash of everything a reader sees, so saving the same text twice changes nothing. */
export function hashCorpusDocument(document: CorpusDocument): string {
  const { sources: _sources, ...content } = document;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Creates or replaces one document and its paragraphs in a single transaction,
 * with the CorpusChange row that tells every web process's search index.
 */
export async function saveCorpusDocument(db: Db, document: CorpusDocument, options: { builtIn: boolean }): Promise<{ changed: boolean }> {
  const contentHash = hashCorpusDocument(document);
  const existing = await db.corpusDocument.findUnique({ where: { id: document.id }, select: { contentHash: true } });
  if (existing?.contentHash === contentHash) return { changed: false };
  const fields = {
    title: document.title,
    kind: document.kind,
    body: document.body,
    symbol: document.symbol ?? null,
    number: document.number ?? null,
    meeting: document.meeting ?? null,
    year: document.year,
    date: document.date ?? null,
    session: document.session ?? null,
    sponsors: document.sponsors ?? null,
    chapeau: document.chapeau ?? null,
    sources: JSON.stringify(document.sources),
    becameId: document.becameId ?? null,
    contentHash,
    builtIn: options.builtIn,
    paragraphCount: document.paragraphs.length,
  };
  await db.$transaction([
    db.corpusParagraph.deleteMany({ where: { documentId: document.id } }),
    db.corpusDocument.upsert({ where: { id: document.id }, create: { id: document.id, ...fields }, update: fields }),
    db.corpusParagraph.createMany({
      data: document.paragraphs.map((paragraph, position) => ({
        documentId: document.id,
        position,
        ref: paragraph.ref,
        kind: paragraph.kind,
        depth: paragraph.depth,
        text: paragraph.text,
        lead: paragraph.lead ?? null,
        notes: paragraph.notes?.length ? JSON.stringify(paragraph.notes) : null,
      })),
    }),
    db.corpusChange.create({ data: { documentId: document.id, kind: 'add' } }),
  ]);
  return { changed: true };
}
