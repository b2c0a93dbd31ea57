import type { DraftDeadlineState } from '@/lib/deadlines/proposal-deadline';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyDraftRulesChanged } from '@/server/realtime/notify-draft-rules-changed';
import type { CurrentUser } from '@/server/users/find-user';
import { listDraftDeadlines } from './list-draft-deadlines';

/** Removes the deadline of a draft ("") or paragraph: proposals there are open again with no time set. */
export async function clearProposalDeadline(db: Db, user: CurrentUser, draftId: string, paragraphId: string): Promise<DraftDeadlineState> {
  const access = await checkDraftAccess(db, user, draftId, 'deadline:set');
  await db.$transaction(async (tx) => {
    const removed = await tx.proposalDeadline.deleteMany({ where: { draftId, paragraphId } });
    if (removed.count === 0)
      throw new AppError(
        'not-found',
        paragraphId ? 'That paragraph has no deadline.' : 'This draft has no deadline.',
        paragraphId ? 'no-paragraph-deadline' : 'no-draft-deadline',
      );
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: access.delegation.code,
      action: 'deadline.clear',
      target: draftId,
      draftId,
      negotiationId: access.draft.negotiationId,
      detail: { paragraphId },
    });
  });
  await notifyDraftRulesChanged(draftId);
  return listDraftDeadlines(db, user, draftId);
}
