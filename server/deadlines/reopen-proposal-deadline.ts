import type { DraftDeadlineState } from '@/lib/deadlines/proposal-deadline';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyDraftRulesChanged } from '@/server/realtime/notify-draft-rules-changed';
import type { CurrentUser } from '@/server/users/find-user';
import { listDraftDeadlines } from './list-draft-deadlines';

/**
 * Reopens proposals after a deadline: the deadline stays on record (and on screen, as reopened) but refuses
 * nothing more until the facilitator sets a time again.
 */
export async function reopenProposalDeadline(db: Db, user: CurrentUser, draftId: string, paragraphId: string): Promise<DraftDeadlineState> {
  const access = await checkDraftAccess(db, user, draftId, 'deadline:set');
  await db.$transaction(async (tx) => {
    const reopened = await tx.proposalDeadline.updateMany({
      where: { draftId, paragraphId, reopenedAt: null },
      data: { reopenedAt: new Date() },
    });
    if (reopened.count === 0) {
      const exists = await tx.proposalDeadline.count({ where: { draftId, paragraphId } });
      throw exists > 0
        ? new AppError('conflict', 'Proposals there are open already.', 'proposals-open-already')
        : new AppError(
            'not-found',
            paragraphId ? 'That paragraph has no deadline.' : 'This draft has no deadline.',
            paragraphId ? 'no-paragraph-deadline' : 'no-draft-deadline',
          );
    }
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: access.delegation.code,
      action: 'deadline.reopen',
      target: draftId,
      draftId,
      negotiationId: access.draft.negotiationId,
      detail: { paragraphId },
    });
  });
  await notifyDraftRulesChanged(draftId);
  return listDraftDeadlines(db, user, draftId);
}
