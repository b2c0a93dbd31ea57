import type { Role } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';
import type { Actor } from './actor';
import { checkNegotiationAdministration } from './check-negotiation-administration';
import { recordAuditEvent } from './record-audit-event';
import { joinOwnDelegation } from './join-own-delegation';
import { managingRoles } from './roster-rules';

/** Changes a person's role in one negotiation; a negotiation always keeps at least one facilitator. */
export async function setRosterRole(db: Db, actor: Actor, negotiationId: string, userId: string, role: Role): Promise<void> {
  const administration = await checkNegotiationAdministration(db, actor, negotiationId, 'negotiation:manage-roster');
  await db.$transaction(async (tx) => {
    const member = await tx.negotiationMember.findUnique({
      where: { negotiationId_userId: { negotiationId, userId } },
      select: { role: true, user: { select: { name: true, delegationId: true } } },
    });
    if (!member) throw new AppError('not-found', 'That person is not on this roster.', 'not-on-roster');
    if (member.role === role) return;
    await tx.negotiationMember.update({ where: { negotiationId_userId: { negotiationId, userId } }, data: { role } });
    // Counted after the change, inside the transaction, so two co-facilitators demoting each other cannot both succeed.
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
    await joinOwnDelegation(tx, { negotiationId, delegationId: member.user.delegationId, role });
    await recordAuditEvent(tx, {
      actor,
      delegationCode: administration.delegationCode,
      action: 'roster.set-role',
      target: userId,
      negotiationId,
      detail: { from: member.role, to: role },
    });
  });
  await notifyRosterChanged({ negotiationId, userId });
}
