import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import type { DraftAccess } from '@/server/negotiations/check-access';
import type { CurrentUser } from '@/server/users/find-user';
import type { PreparedProposalRow } from './prepared-proposal-view';

/**
 * A prepared proposal the caller may see: their acting delegation's, or one they wrote themselves.
 * Anything else answers "not found", exactly like an id that does not exist.
 */
export async function findOwnPreparedProposal(
  db: Db,
  user: CurrentUser,
  access: DraftAccess,
  preparedId: string,
): Promise<PreparedProposalRow> {
  const row = await db.preparedProposal.findUnique({ where: { id: preparedId } });
  if (!row || row.draftId !== access.draft.id || (row.delegation !== access.delegation.code && row.authorId !== user.id)) {
    throw new AppError('not-found', `There is no prepared proposal "${preparedId}" in this draft.`, 'no-prepared-proposal', {
      id: preparedId,
    });
  }
  return row;
}
