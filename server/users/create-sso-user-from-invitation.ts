import { isRole } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import { joinOwnDelegation } from '@/server/negotiations/join-own-delegation';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';

/**
 * Accepts an invitation through single sign-on: the account is created as the invitation says (name, delegation,
 * roster entry), bound to the identity, and the invitation is used up, all at once. Returns null when the invitation
 * was used meanwhile (two tabs racing), so it is never accepted twice.
 */
export async function createSsoUserFromInvitation(
  db: Db,
  invitationId: string,
  binding: { issuer: string; subject: string },
  now: Date = new Date(),
): Promise<string | null> {
  const created = await db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitationId, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return null;
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    const user = await tx.user.create({
      data: {
        email: invitation.email.toLowerCase(),
        name: invitation.name,
        delegationId: invitation.delegationId,
        ssoIssuer: binding.issuer,
        ssoSubject: binding.subject,
      },
      include: { delegation: true },
    });
    const role = isRole(invitation.role) ? invitation.role : null;
    const onRoster = invitation.negotiationId && role ? invitation.negotiationId : null;
    if (onRoster && role) {
      await tx.negotiationMember.create({ data: { negotiationId: onRoster, userId: user.id, role } });
      await joinOwnDelegation(tx, { negotiationId: onRoster, delegationId: invitation.delegationId, role });
    }
    await tx.auditEvent.create({
      data: {
        negotiationId: invitation.negotiationId,
        actorId: user.id,
        delegationCode: user.delegation.code,
        action: 'invitation.accept',
        target: invitation.id,
        detail: JSON.stringify({ via: 'sso', issuer: binding.issuer, role: onRoster ? invitation.role : null }),
      },
    });
    return { userId: user.id, negotiationId: onRoster };
  });
  if (created?.negotiationId) await notifyRosterChanged({ negotiationId: created.negotiationId, userId: created.userId });
  return created?.userId ?? null;
}
