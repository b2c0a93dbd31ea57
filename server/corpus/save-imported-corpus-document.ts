import type { CorpusDocument } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';
import { findCorpusDocument } from './find-corpus-document';
import { saveCorpusDocument } from './save-corpus-document';

/**
 * Saves a document read from an uploaded file (as parsed, or as corrected in
 * the preview). Re-importing the same file replaces its earlier import; a
 * different file whose text derives the same id, or a built-in text, is never
 * overwritten: the new one gets a suffixed id.
 */
export async function saveImportedCorpusDocument(
  db: Db,
  parsed: CorpusDocument,
  fileName: string,
): Promise<{ document: CorpusDocument; changed: boolean }> {
  let document = parsed;
  const clash = await db.corpusDocument.findUnique({ where: { id: parsed.id }, select: { sources: true, builtIn: true } });
  if (clash && (clash.builtIn || !(JSON.parse(clash.sources) as string[]).includes(fileName))) {
    let suffix = 2;
    while (await db.corpusDocument.findUnique({ where: { id: `${parsed.id}-${suffix}` }, select: { id: true } })) suffix += 1;
    document = { ...parsed, id: `${parsed.id}-${suffix}` };
  }
  const { changed } = await saveCorpusDocument(db, document, { builtIn: false });
  const saved = await findCorpusDocument(db, document.id);
  return { document: saved ?? document, changed };
}
