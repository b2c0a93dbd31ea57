import type { Db } from '@/server/db/client';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import type { CurrentUser } from '@/server/users/find-user';
import { readPreparedProposalViews, type PreparedProposalView } from './prepared-proposal-view';

/**
 * The caller's acting delegation's prepared proposals on a draft (and any the caller wrote), oldest first;
 * tabled ones say when and by whom. Never another delegation's.
 */
export async function listPreparedProposals(db: Db, user: CurrentUser, draftId: string): Promise<PreparedProposalView[]> {
  const access = await checkDraftAccess(db, user, draftId, 'proposal:prepare');
  const rows = await db.preparedProposal.findMany({
    where: { draftId: access.draft.id, OR: [{ delegation: access.delegation.code }, { authorId: user.id }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return readPreparedProposalViews(db, rows);
}
