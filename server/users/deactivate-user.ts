import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import type { Actor } from '@/server/negotiations/actor';
import { checkSiteAdministration } from '@/server/negotiations/check-site-administration';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';

/**
 * A deactivated person can no longer sign in, and every request, ticket and open connection of theirs is refused
 * from now on (the current user is read from the database per request); their work stays in the record.
 */
export async function deactivateUser(db: Db, actor: Actor, userId: string): Promise<void> {
  await checkSiteAdministration(db, actor);
  if (actor !== 'operator' && actor.id === userId)
    throw new AppError('conflict', 'You cannot deactivate your own account.', 'deactivate-self');
  const person = await db.user.findUnique({ where: { id: userId }, select: { email: true, active: true } });
  if (!person) throw new AppError('not-found', 'There is no such person.', 'no-person');
  if (!person.active)
    throw new AppError('conflict', `${person.email} is already deactivated.`, 'already-deactivated', { email: person.email });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active: false } });
    await recordAuditEvent(tx, { actor, action: 'user.deactivate', target: userId, detail: { email: person.email } });
  });
  await notifyRosterChanged({ userId });
}
