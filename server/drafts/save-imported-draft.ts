import type { CorpusDocument } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';
import { insertRevision } from '@/server/revisions/insert-revision';
import { readRevisionRecord } from '@/server/revisions/read-revision-record';
import type { CurrentUser } from '@/server/users/find-user';
import { buildDraftState } from './build-draft-state';
import { insertDraft } from './insert-draft';

/** The text as it arrived, the base that later revisions are tracked against in Word. */
export const asImportedRevisionName = 'As imported';

/**
 * Creates a draft from a document read from a file (as parsed, or as
 * corrected in the preview). With `asImportedBy`, the draft and its revision
 * "As imported" (with its audit row) commit in one transaction: a failure
 * leaves neither, never a draft the user was told was not created.
 */
export async function saveImportedDraft(
  db: Db,
  input: { document: CorpusDocument; title?: string; createdById: string; negotiationId: string; asImportedBy?: CurrentUser },
): Promise<{ id: string; paragraphs: number }> {
  const { document, asImportedBy } = input;
  const state = await buildDraftState(db, {
    title: input.title ?? document.title,
    createdById: input.createdById,
    negotiationId: input.negotiationId,
    from: { imported: document },
  });
  const { id } = await db.$transaction(async (tx) => {
    const draft = await insertDraft(tx, state, input.createdById, input.negotiationId);
    if (asImportedBy) {
      // Read back inside the transaction, so the revision freezes exactly the rows just written.
      const record = await readRevisionRecord(tx, draft.id);
      await insertRevision(tx, { draftId: draft.id, name: asImportedRevisionName, user: asImportedBy, record });
    }
    return draft;
  });
  return { id, paragraphs: document.paragraphs.length };
}
