import path from 'node:path';
import { officeImportExtensions } from '@/lib/corpus/import-formats';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { DocxImportError } from '@/lib/docx';
import { AppError } from '@/server/errors/app-error';
import type { Db } from '@/server/db/client';
import type { DraftDocument } from '@/server/imports/parse-job';
import { parseInWorker } from '@/server/imports/parse-in-worker';

/**
 * Reads an uploaded draft without saving anything: the first half of a draft
 * import, and all of its preview. Parsing runs in a worker thread (see
 * `parseInWorker`); only the corpus's words are read here, for text files.
 */
export async function readDraftFile(db: Db, name: string, content: Buffer): Promise<DraftDocument> {
  // The corpus's words let the parser rejoin words a PDF split in two; Word files (and those converted to Word) do not need them.
  const corpusTexts = ['.docx', ...officeImportExtensions].includes(path.extname(name).toLowerCase())
    ? []
    : (await db.corpusParagraph.findMany({ select: { text: true } })).map((paragraph) => paragraph.text);
  let outcome: Awaited<ReturnType<typeof parseInWorker>>;
  try {
    outcome = await parseInWorker({ kind: 'draft', name, content, corpusTexts, year: new Date().getUTCFullYear() });
  } catch (error) {
    // The parser's reason names what is wrong; the English sentence adds that nothing was created.
    if (error instanceof DocxImportError || error instanceof CorpusParseError)
      throw new AppError('invalid-input', `${error.message} Nothing was created.`, error.reason, error.params);
    throw error;
  }
  if (outcome.kind !== 'draft') throw new Error('The parse worker answered a draft import with a corpus document.');
  if (outcome.document.paragraphs.length === 0)
    throw new AppError('invalid-input', `${name} has no paragraphs to draft from. Nothing was created.`, 'draft-import-no-paragraphs', {
      name,
    });
  return { document: outcome.document, notImported: outcome.notImported, warnings: outcome.warnings };
}
