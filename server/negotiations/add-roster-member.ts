import type { Role } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';
import type { Actor } from './actor';
import { checkNegotiationAdministration } from './check-negotiation-administration';
import { recordAuditEvent } from './record-audit-event';
import { joinOwnDelegation } from './join-own-delegation';

/** Puts a person who has an account on a negotiation's roster; their delegation joins the negotiation with them. */
export async function addRosterMember(
  db: Db,
  actor: Actor,
  negotiationId: string,
  entry: { email: string; role: Role },
): Promise<{ userId: string }> {
  const administration = await checkNegotiationAdministration(db, actor, negotiationId, 'negotiation:manage-roster');
  const email = entry.email.trim().toLowerCase();
  const person = await db.user.findUnique({ where: { email }, select: { id: true, name: true, active: true, delegationId: true } });
  if (!person)
    throw new AppError('not-found', `No one has an account with the address ${email}: invite them instead.`, 'no-account', { email });
  if (!person.active)
    throw new AppError('conflict', `${person.name}'s account is deactivated.`, 'member-account-deactivated', { name: person.name });
  const existing = await db.negotiationMember.findUnique({ where: { negotiationId_userId: { negotiationId, userId: person.id } } });
  if (existing)
    throw new AppError('conflict', `${person.name} is already on this roster (${existing.role}).`, 'already-on-roster', {
      name: person.name,
      role: existing.role,
    });
  await db.$transaction(async (tx) => {
    await tx.negotiationMember.create({ data: { negotiationId, userId: person.id, role: entry.role } });
    await joinOwnDelegation(tx, { negotiationId, delegationId: person.delegationId, role: entry.role });
    await recordAuditEvent(tx, {
      actor,
      delegationCode: administration.delegationCode,
      action: 'roster.add',
      target: person.id,
      negotiationId,
      detail: { email, role: entry.role },
    });
  });
  await notifyRosterChanged({ negotiationId, userId: person.id });
  return { userId: person.id };
}
