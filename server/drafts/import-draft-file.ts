import path from 'node:path';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { parseDocument } from '@/lib/corpus/parse-document';
import type { CorpusDocument } from '@/lib/corpus/types';
import { DocxImportError, importDraftDocx, type ImportedComment, type ImportedTrackedChange } from '@/lib/docx';
import { buildVocabulary } from '@/lib/text/vocabulary';
import type { Db } from '@/server/db/client';
import { insertRevision } from '@/server/revisions/insert-revision';
import { readRevisionRecord } from '@/server/revisions/read-revision-record';
import type { CurrentUser } from '@/server/users/find-user';
import { buildDraftState } from './build-draft-state';
import { insertDraft } from './insert-draft';

export class DraftImportError extends Error {}

/** The text as it arrived, the base that later revisions are tracked against in Word. */
export const asImportedRevisionName = 'As imported';

export interface DraftImportResult {
  id: string;
  paragraphs: number;
  /** Word revisions and comments that are not part of the imported text, listed so nothing is lost silently. */
  notImported: { trackedChanges: ImportedTrackedChange[]; comments: ImportedComment[] };
  warnings: string[];
}

async function readDraftFile(db: Db, name: string, content: Buffer): Promise<{ document: CorpusDocument; result: Omit<DraftImportResult, 'id' | 'paragraphs'> }> {
  const extension = path.extname(name).toLowerCase();
  if (extension === '.docx') {
    const imported = await importDraftDocx(content);
    return {
      document: {
        id: 'import',
        title: imported.title ?? path.basename(name, extension),
        kind: 'draft resolution',
        body: '',
        year: new Date().getUTCFullYear(),
        sources: [name],
        ...(imported.chapeau ? { chapeau: imported.chapeau } : {}),
        paragraphs: imported.paragraphs.map((paragraph, index) => ({
          ref: String(index + 1),
          kind: paragraph.kind,
          text: paragraph.text,
          depth: paragraph.depth,
          ...(paragraph.lead ? { lead: paragraph.lead } : {}),
          ...(paragraph.notes?.length ? { notes: paragraph.notes } : {}),
        })),
      },
      result: { notImported: { trackedChanges: imported.trackedChanges, comments: imported.comments }, warnings: imported.warnings },
    };
  }
  if (!['.txt', '.md', '.markdown'].includes(extension)) throw new DraftImportError(`${name}: a draft can be imported from .docx, .txt or .md.`);
  if (content.includes(0)) throw new DraftImportError(`${name} looks like a binary file, not text.`);
  const corpusTexts = await db.corpusParagraph.findMany({ select: { text: true } });
  const document = parseDocument(content.toString('utf8'), {
    format: extension === '.txt' ? 'text' : 'markdown',
    name,
    meta: { year: new Date().getUTCFullYear() },
    vocabulary: buildVocabulary(corpusTexts.map((paragraph) => paragraph.text)),
  });
  return { document, result: { notImported: { trackedChanges: [], comments: [] }, warnings: [] } };
}

/**
 * Reads the whole file before anything is written, so a file that cannot be
 * read creates nothing. With `asImportedBy`, the draft and its revision "As
 * imported" (with its audit row) commit in one transaction: a failure leaves
 * neither, never a draft the user was told was not created.
 */
export async function importDraftFile(
  db: Db,
  input: { name: string; content: Buffer; title?: string; createdById: string; asImportedBy?: CurrentUser },
): Promise<DraftImportResult> {
  let read: Awaited<ReturnType<typeof readDraftFile>>;
  try {
    read = await readDraftFile(db, input.name, input.content);
  } catch (error) {
    if (error instanceof DocxImportError || error instanceof CorpusParseError) throw new DraftImportError(error.message);
    throw error;
  }
  if (read.document.paragraphs.length === 0) throw new DraftImportError(`${input.name} has no paragraphs to draft from.`);
  const { document } = read;
  const state = await buildDraftState(db, { title: input.title ?? document.title, createdById: input.createdById, from: { imported: document } });
  const { asImportedBy } = input;
  const { id } = await db.$transaction(async (tx) => {
    const draft = await insertDraft(tx, state, input.createdById);
    if (asImportedBy) {
      // Read back inside the transaction, so the revision freezes exactly the rows just written.
      const record = await readRevisionRecord(tx, draft.id);
      await insertRevision(tx, { draftId: draft.id, name: asImportedRevisionName, user: asImportedBy, record });
    }
    return draft;
  });
  return { id, paragraphs: document.paragraphs.length, ...read.result };
}
