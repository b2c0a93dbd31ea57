import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import type { CorpusDocument } from '@/lib/corpus/types';
import { AppError } from '@/server/errors/app-error';
import type { Db } from '@/server/db/client';
import { parseInWorker } from '@/server/imports/parse-in-worker';
import { findCorpusDocument } from './find-corpus-document';
import { saveCorpusDocument } from './save-corpus-document';

export { maxImportBytes } from './max-import-bytes';

export interface ImportFile {
  name: string;
  content: Buffer;
  meta?: Partial<Pick<CorpusDocument, 'title' | 'kind' | 'year' | 'body' | 'sponsors' | 'symbol' | 'session' | 'number' | 'date'>>;
}

/**
 * Parses before touching the database, so a file that cannot be read leaves the
 * corpus as it was. Re-importing the same file changes nothing. The parsing
 * runs in a worker thread (see `parseInWorker`).
 */
export async function importCorpusFile(db: Db, file: ImportFile): Promise<{ document: CorpusDocument; changed: boolean }> {
  // The corpus's own words let the parser rejoin words a PDF split in two.
  const corpusTexts = await db.corpusParagraph.findMany({ select: { text: true } });
  const outcome = await parseInWorker({
    kind: 'corpus',
    name: file.name,
    content: file.content,
    meta: file.meta,
    corpusTexts: corpusTexts.map((paragraph) => paragraph.text),
  }).catch((error: unknown) => {
    // The parser's message names the line; people read it, so it is the whole answer.
    throw error instanceof CorpusParseError ? new AppError('invalid-input', error.message) : error;
  });
  if (outcome.kind !== 'corpus') throw new Error('The parse worker answered a corpus import with a draft.');
  const parsed = outcome.document;
  let document = parsed;
  const clash = await db.corpusDocument.findUnique({ where: { id: parsed.id }, select: { sources: true, builtIn: true } });
  if (clash && (clash.builtIn || !(JSON.parse(clash.sources) as string[]).includes(file.name))) {
    let suffix = 2;
    while (await db.corpusDocument.findUnique({ where: { id: `${parsed.id}-${suffix}` }, select: { id: true } })) suffix += 1;
    document = { ...parsed, id: `${parsed.id}-${suffix}` };
  }
  const { changed } = await saveCorpusDocument(db, document, { builtIn: false });
  const saved = await findCorpusDocument(db, document.id);
  return { document: saved ?? document, changed };
}
