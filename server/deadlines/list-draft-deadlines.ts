import type { Db } from '@/server/db/client';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import type { CurrentUser } from '@/server/users/find-user';
import type { DraftDeadlineState } from '@/lib/deadlines/proposal-deadline';
import { readDeadlinesForDrafts } from './read-deadlines-for-drafts';

/** A draft's deadlines for anyone who may read it, with the negotiation's zone they are shown in. */
export async function listDraftDeadlines(db: Db, user: CurrentUser, draftId: string): Promise<DraftDeadlineState> {
  await checkDraftAccess(db, user, draftId, 'draft:read');
  return (await readDeadlinesForDrafts(db, [draftId])).get(draftId) ?? { timeZone: 'UTC', deadlines: [] };
}
