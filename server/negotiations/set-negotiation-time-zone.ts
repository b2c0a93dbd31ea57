import { isTimeZone } from '@/lib/deadlines/zoned-time';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import type { Actor } from './actor';
import { checkNegotiationAdministration } from './check-negotiation-administration';
import { recordAuditEvent } from './record-audit-event';

/**
 * The IANA zone the negotiation meets in: deadlines are typed and shown in it. Deadlines already set keep their
 * instant (they were meant in the zone of their day), only their reading changes.
 */
export async function setNegotiationTimeZone(db: Db, actor: Actor, negotiationId: string, timeZone: string): Promise<{ timeZone: string }> {
  const { delegationCode } = await checkNegotiationAdministration(db, actor, negotiationId, 'negotiation:set-status');
  if (!isTimeZone(timeZone)) {
    throw new AppError(
      'invalid-input',
      `"${timeZone}" is not a time zone: give an IANA name such as Europe/Vienna or America/New_York.`,
      'unknown-time-zone',
      { zone: timeZone },
    );
  }
  await db.$transaction(async (tx) => {
    const before = await tx.negotiation.findUniqueOrThrow({ where: { id: negotiationId }, select: { timeZone: true } });
    await tx.negotiation.update({ where: { id: negotiationId }, data: { timeZone } });
    await recordAuditEvent(tx, {
      actor,
      delegationCode,
      action: 'negotiation.set-time-zone',
      target: negotiationId,
      negotiationId,
      detail: { timeZone, previous: before.timeZone },
    });
  });
  return { timeZone };
}
