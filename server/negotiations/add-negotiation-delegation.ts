import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';
import type { Actor } from './actor';
import { checkNegotiationAdministration } from './check-negotiation-administration';
import { recordAuditEvent } from './record-audit-event';

/** A delegation joins a negotiation; its people still need a place on the roster to see it. */
export async function addNegotiationDelegation(db: Db, actor: Actor, negotiationId: string, delegationCode: string): Promise<void> {
  const administration = await checkNegotiationAdministration(db, actor, negotiationId, 'negotiation:manage-roster');
  const code = delegationCode.trim().toUpperCase();
  const delegation = await db.delegation.findUnique({ where: { code }, select: { id: true, name: true } });
  if (!delegation) throw new AppError('not-found', `There is no delegation with the code "${code}".`, 'unknown-delegation', { code });
  const existing = await db.negotiationDelegation.findUnique({
    where: { negotiationId_delegationId: { negotiationId, delegationId: delegation.id } },
  });
  if (existing)
    throw new AppError('conflict', `${delegation.name} already takes part in this negotiation.`, 'delegation-already-in', {
      delegation: delegation.name,
    });
  await db.$transaction(async (tx) => {
    await tx.negotiationDelegation.create({ data: { negotiationId, delegationId: delegation.id } });
    await recordAuditEvent(tx, {
      actor,
      delegationCode: administration.delegationCode,
      action: 'roster.add-delegation',
      target: code,
      negotiationId,
    });
  });
  await notifyRosterChanged({ negotiationId });
}
