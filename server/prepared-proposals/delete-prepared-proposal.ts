import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import type { CurrentUser } from '@/server/users/find-user';
import { findOwnPreparedProposal } from './find-own-prepared-proposal';

/** Discards a proposal still in private; a tabled one is part of the draft's record and stays. */
export async function deletePreparedProposal(db: Db, user: CurrentUser, draftId: string, preparedId: string): Promise<void> {
  const access = await checkDraftAccess(db, user, draftId, 'proposal:prepare');
  const row = await findOwnPreparedProposal(db, user, access, preparedId);
  const { count } = await db.preparedProposal.deleteMany({ where: { id: row.id, tabledAt: null } });
  if (count === 0)
    throw new AppError(
      'conflict',
      'This proposal has been tabled; it stays in the draft and cannot be deleted here.',
      'prepared-tabled-kept',
    );
}
