import { AppError } from '@/server/errors/app-error';
import type { Db } from '@/server/db/client';

/**
 * Deletes an imported document and its paragraphs, with the CorpusChange row
 * that takes it out of every web process's search index, in one transaction.
 * Built-in texts are refused: setup would bring them back from corpus/.
 */
export async function removeCorpusDocument(db: Db, id: string): Promise<void> {
  const row = await db.corpusDocument.findUnique({ where: { id }, select: { builtIn: true } });
  if (!row) throw new AppError('not-found', `There is no corpus document "${id}".`, 'no-corpus-document', { id });
  if (row.builtIn) {
    throw new AppError(
      'invalid-input',
      `"${id}" is a built-in text: remove it from corpus/manifest.json instead, or setup brings it back.`,
      'corpus-built-in',
      { id },
    );
  }
  await db.$transaction([
    db.corpusDocument.delete({ where: { id } }),
    db.corpusChange.create({ data: { documentId: id, kind: 'remove' } }),
  ]);
}
