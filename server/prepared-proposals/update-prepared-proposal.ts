import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import type { CurrentUser } from '@/server/users/find-user';
import { checkPreparedWording } from './check-prepared-wording';
import { findOwnPreparedProposal } from './find-own-prepared-proposal';
import { readPreparedProposalViews, type PreparedKind, type PreparedProposalView } from './prepared-proposal-view';

/** Rewrites the wording or explanation of a proposal still in private; a tabled one belongs to the draft now. */
export async function updatePreparedProposal(
  db: Db,
  user: CurrentUser,
  draftId: string,
  preparedId: string,
  changes: { text?: string; explanation?: string | null },
): Promise<PreparedProposalView> {
  const access = await checkDraftAccess(db, user, draftId, 'proposal:prepare');
  const row = await findOwnPreparedProposal(db, user, access, preparedId);
  const wording = checkPreparedWording(
    row.kind as PreparedKind,
    changes.text ?? row.text,
    changes.explanation === undefined ? row.explanation : changes.explanation,
  );
  // The condition, not the read above, decides: a colleague may table it at this very moment.
  const { count } = await db.preparedProposal.updateMany({ where: { id: row.id, tabledAt: null }, data: wording });
  if (count === 0)
    throw new AppError('conflict', 'This proposal has been tabled; it can no longer be changed here.', 'prepared-tabled-fixed');
  const updated = await db.preparedProposal.findUniqueOrThrow({ where: { id: row.id } });
  const [view] = await readPreparedProposalViews(db, [updated]);
  return view!;
}
