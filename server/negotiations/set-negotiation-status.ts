import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';
import type { Actor } from './actor';
import { checkNegotiationAdministration } from './check-negotiation-administration';
import type { NegotiationStatus } from './create-negotiation';
import { recordAuditEvent } from './record-audit-event';

/** Status and "open to all" are the negotiation's standing: who may read it changes, so open connections are re-checked. */
export async function setNegotiationStatus(
  db: Db,
  actor: Actor,
  negotiationId: string,
  change: { status?: NegotiationStatus; openToAll?: boolean },
): Promise<void> {
  const { delegationCode } = await checkNegotiationAdministration(db, actor, negotiationId, 'negotiation:set-status');
  if (change.status === undefined && change.openToAll === undefined)
    throw new AppError('invalid-input', 'Say what to change.', 'nothing-to-change');
  await db.$transaction(async (tx) => {
    await tx.negotiation.update({
      where: { id: negotiationId },
      data: {
        ...(change.status !== undefined ? { status: change.status } : {}),
        ...(change.openToAll !== undefined ? { openToAll: change.openToAll } : {}),
      },
    });
    await recordAuditEvent(tx, {
      actor,
      delegationCode,
      action: 'negotiation.set-status',
      target: negotiationId,
      negotiationId,
      detail: change,
    });
  });
  await notifyRosterChanged({ negotiationId });
}
