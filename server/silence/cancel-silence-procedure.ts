import { readParagraphIds } from '@/lib/silence/silence-procedure';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyDraftRulesChanged } from '@/server/realtime/notify-draft-rules-changed';
import type { CurrentUser } from '@/server/users/find-user';
import { listSilenceProcedures, type SilenceProcedureList } from './list-silence-procedures';

/** The facilitator withdraws a running procedure before its deadline: the paragraphs stay as they are, open to changes again. */
export async function cancelSilenceProcedure(
  db: Db,
  user: CurrentUser,
  draftId: string,
  procedureId: string,
): Promise<SilenceProcedureList> {
  const access = await checkDraftAccess(db, user, draftId, 'silence:run');
  const now = new Date();
  await db.$transaction(async (tx) => {
    const moved = await tx.silenceProcedure.updateMany({
      where: { id: procedureId, draftId, state: 'running', deadline: { gt: now } },
      data: { state: 'cancelled', closedAt: now },
    });
    if (moved.count === 0) {
      const current = await tx.silenceProcedure.findFirst({ where: { id: procedureId, draftId }, select: { state: true } });
      if (!current) throw new AppError('not-found', 'There is no such silence procedure on this draft.', 'no-silence-procedure');
      throw current.state === 'running'
        ? new AppError('conflict', 'The deadline has passed: the outcome is being applied.', 'silence-outcome-being-applied')
        : new AppError('conflict', `This procedure has already ended (${current.state}).`, 'silence-already-ended', {
            state: current.state,
          });
    }
    const { paragraphIds } = await tx.silenceProcedure.findUniqueOrThrow({ where: { id: procedureId }, select: { paragraphIds: true } });
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: access.delegation.code,
      action: 'silence.cancel',
      target: procedureId,
      draftId,
      negotiationId: access.draft.negotiationId,
      detail: { paragraphIds: readParagraphIds(paragraphIds) },
    });
  });
  await notifyDraftRulesChanged(draftId);
  return listSilenceProcedures(db, draftId);
}
