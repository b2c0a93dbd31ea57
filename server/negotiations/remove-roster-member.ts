import type { Role } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';
import type { Actor } from './actor';
import { checkNegotiationAdministration } from './check-negotiation-administration';
import { recordAuditEvent } from './record-audit-event';
import { managingRoles } from './roster-rules';

/** Takes a person off a negotiation's roster; their access ends at once. The last facilitator stays. */
export async function removeRosterMember(db: Db, actor: Actor, negotiationId: string, userId: string): Promise<void> {
  const administration = await checkNegotiationAdministration(db, actor, negotiationId, 'negotiation:manage-roster');
  await db.$transaction(async (tx) => {
    const member = await tx.negotiationMember.findUnique({
      where: { negotiationId_userId: { negotiationId, userId } },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!member) throw new AppError('not-found', 'That person is not on this roster.', 'not-on-roster');
    await tx.negotiationMember.delete({ where: { negotiationId_userId: { negotiationId, userId } } });
    if (
      managingRoles.includes(member.role as Role) &&
      (await tx.negotiationMember.count({ where: { negotiationId, role: { in: managingRoles } } })) === 0
    ) {
      throw new AppError(
        'conflict',
        `${member.user.name} is the last facilitator of this negotiation: make someone else facilitator first.`,
        'last-facilitator',
        { name: member.user.name },
      );
    }
    await recordAuditEvent(tx, {
      actor,
      delegationCode: administration.delegationCode,
      action: 'roster.remove',
      target: userId,
      negotiationId,
      detail: { email: member.user.email, role: member.role },
    });
  });
  await notifyRosterChanged({ negotiationId, userId });
}
