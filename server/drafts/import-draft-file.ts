import path from 'node:path';
import { officeImportExtensions } from '@/lib/corpus/import-formats';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import type { CorpusDocument } from '@/lib/corpus/types';
import { DocxImportError, type ImportedComment, type ImportedTrackedChange } from '@/lib/docx';
import { AppError } from '@/server/errors/app-error';
import { parseInWorker } from '@/server/imports/parse-in-worker';
import type { Db } from '@/server/db/client';
import { insertRevision } from '@/server/revisions/insert-revision';
import { readRevisionRecord } from '@/server/revisions/read-revision-record';
import type { CurrentUser } from '@/server/users/find-user';
import { buildDraftState } from './build-draft-state';
import { insertDraft } from './insert-draft';

/** The text as it arrived, the base that later revisions are tracked against in Word. */
export const asImportedRevisionName = 'As imported';

export interface DraftImportResult {
  id: string;
  paragraphs: number;
  /** Word revisions and comments that are not part of the imported text, listed so nothing is lost silently. */
  notImported: { trackedChanges: ImportedTrackedChange[]; comments: ImportedComment[] };
  warnings: string[];
}

/** Parsing runs in a worker thread (see `parseInWorker`); only the corpus's words are read here, for text files. */
async function readDraftFile(
  db: Db,
  name: string,
  content: Buffer,
): Promise<{ document: CorpusDocument; result: Omit<DraftImportResult, 'id' | 'paragraphs'> }> {
  // The corpus's words let the parser rejoin words a PDF split in two; Word files (and those converted to Word) do not need them.
  const corpusTexts = ['.docx', ...officeImportExtensions].includes(path.extname(name).toLowerCase())
    ? []
    : (await db.corpusParagraph.findMany({ select: { text: true } })).map((paragraph) => paragraph.text);
  const outcome = await parseInWorker({ kind: 'draft', name, content, corpusTexts, year: new Date().getUTCFullYear() });
  if (outcome.kind !== 'draft') throw new Error('The parse worker answered a draft import with a corpus document.');
  return { document: outcome.document, result: { notImported: outcome.notImported, warnings: outcome.warnings } };
}

/**
 * Reads the whole file before anything is written, so a file that cannot be
 * read creates nothing. With `asImportedBy`, the draft and its revision "As
 * imported" (with its audit row) commit in one transaction: a failure leaves
 * neither, never a draft the user was told was not created.
 */
export async function importDraftFile(
  db: Db,
  input: { name: string; content: Buffer; title?: string; createdById: string; negotiationId: string; asImportedBy?: CurrentUser },
): Promise<DraftImportResult> {
  let read: Awaited<ReturnType<typeof readDraftFile>>;
  try {
    read = await readDraftFile(db, input.name, input.content);
  } catch (error) {
    if (error instanceof DocxImportError || error instanceof CorpusParseError)
      throw new AppError('invalid-input', `${error.message} Nothing was created.`);
    throw error;
  }
  if (read.document.paragraphs.length === 0)
    throw new AppError('invalid-input', `${input.name} has no paragraphs to draft from. Nothing was created.`);
  const { document } = read;
  const state = await buildDraftState(db, {
    title: input.title ?? document.title,
    createdById: input.createdById,
    negotiationId: input.negotiationId,
    from: { imported: document },
  });
  const { asImportedBy } = input;
  const { id } = await db.$transaction(async (tx) => {
    const draft = await insertDraft(tx, state, input.createdById, input.negotiationId);
    if (asImportedBy) {
      // Read back inside the transaction, so the revision freezes exactly the rows just written.
      const record = await readRevisionRecord(tx, draft.id);
      await insertRevision(tx, { draftId: draft.id, name: asImportedRevisionName, user: asImportedBy, record });
    }
    return draft;
  });
  return { id, paragraphs: document.paragraphs.length, ...read.result };
}
