import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { type IssuedInvitation, insertInvitation } from '@/server/invitations/insert-invitation';
import { type Actor, operatorActorId } from '@/server/negotiations/actor';
import { checkSiteAdministration } from '@/server/negotiations/check-site-administration';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';

/**
 * For a lost password or a compromised sign-in: the password and the single sign-on binding are cleared, earlier
 * invitation links stop working, and a new invitation lets the person set up their access again.
 */
export async function resetUserAccess(db: Db, actor: Actor, userId: string, now = new Date()): Promise<IssuedInvitation> {
  await checkSiteAdministration(db, actor);
  const person = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, active: true, delegationId: true } });
  if (!person) throw new AppError('not-found', 'There is no such person.', 'no-person');
  if (!person.active) throw new AppError('conflict', `${person.email} is deactivated.`, 'person-deactivated', { email: person.email });
  const invitation = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash: null, ssoIssuer: null, ssoSubject: null } });
    await tx.invitation.updateMany({ where: { email: person.email, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const issued = await insertInvitation(
      tx,
      {
        email: person.email,
        name: person.name,
        delegationId: person.delegationId,
        invitedById: actor === 'operator' ? operatorActorId : actor.id,
      },
      now,
    );
    await recordAuditEvent(tx, { actor, action: 'user.reset-access', target: userId, detail: { email: person.email } });
    return issued;
  });
  await notifyRosterChanged({ userId });
  return invitation;
}
