import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import type { CorpusDocument } from '@/lib/corpus/types';
import { AppError } from '@/server/errors/app-error';
import type { Db } from '@/server/db/client';
import { parseInWorker } from '@/server/imports/parse-in-worker';

export interface ImportFile {
  name: string;
  content: Buffer;
  meta?: Partial<Pick<CorpusDocument, 'title' | 'kind' | 'year' | 'body' | 'sponsors' | 'symbol' | 'session' | 'number' | 'date'>>;
}

/**
 * Reads an uploaded file into a corpus document without saving anything: the
 * first half of an import, and all of an import preview. The parsing runs in
 * a worker thread (see `parseInWorker`).
 */
export async function readCorpusFile(db: Db, file: ImportFile): Promise<CorpusDocument> {
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
    throw error instanceof CorpusParseError ? new AppError('invalid-input', error.message, error.reason, error.params) : error;
  });
  if (outcome.kind !== 'corpus') throw new Error('The parse worker answered a corpus import with a draft.');
  return outcome.document;
}
