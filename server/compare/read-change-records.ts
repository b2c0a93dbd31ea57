import type { ChangeRecord } from '@/lib/attribution/credit-changes';
import type { Db } from '@/server/db/client';
import { readDraftChangeRecords } from './read-draft-change-records';
import type { ComparableText } from './resolve-comparable-text';

/**
 * The recorded changes between two states of one draft (accepted proposals and
 * chair edits, oldest first), or null when the texts are not two states of one
 * draft. The corpus text a draft started from counts as its first state.
 */
export async function readChangeRecords(db: Db, left: ComparableText, right: ComparableText): Promise<ChangeRecord[] | null> {
  if (!right.draft) return null;
  const draftId = right.draft.id;
  let since: Date | null = null;
  if (left.draft) {
    if (left.draft.id !== draftId) return null;
    since = new Date(left.draft.asOf);
  } else {
    const draft = await db.draft.findUnique({ where: { id: draftId }, select: { baseDocumentId: true } });
    if (!draft?.baseDocumentId || draft.baseDocumentId !== left.key) return null;
  }
  return readDraftChangeRecords(db, draftId, since, new Date(right.draft.asOf));
}
