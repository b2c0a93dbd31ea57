import bcrypt from 'bcryptjs';
import { findPasswordProblem, passwordHashCost } from '@/lib/auth/password-policy';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { joinOwnDelegation } from '@/server/negotiations/join-own-delegation';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';
import { checkInvitation } from './check-invitation';

/**
 * The invited person sets their password: the account is made (or set up), the invitation is spent, and a
 * negotiation's invitation puts them on its roster. Everything or nothing, and each invitation only once.
 */
export async function acceptInvitation(db: Db, token: string, password: string, now = new Date()): Promise<{ email: string }> {
  const problem = findPasswordProblem(password);
  if (problem) throw new AppError('invalid-input', problem.message, problem.reason, problem.params);
  // Checked before the slow hash so a dead link answers at once; checked again inside the transaction.
  await checkInvitation(db, token, now);
  const passwordHash = await bcrypt.hash(password, passwordHashCost);
  const accepted = await db.$transaction(async (tx) => {
    const invitation = await checkInvitation(tx, token, now);
    // Two tabs accepting at once: only the one that marks it first goes on.
    const spent = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count !== 1)
      throw new AppError('conflict', 'This invitation has already been used. Sign in instead, or ask for a new one.', 'invitation-used');
    const user = invitation.accountId
      ? await tx.user.update({ where: { id: invitation.accountId }, data: { passwordHash }, include: { delegation: true } })
      : await tx.user.create({
          data: { email: invitation.email, name: invitation.name, delegationId: invitation.delegation.id, passwordHash },
          include: { delegation: true },
        });
    if (invitation.negotiation && invitation.role) {
      const negotiationId = invitation.negotiation.id;
      await tx.negotiationMember.upsert({
        where: { negotiationId_userId: { negotiationId, userId: user.id } },
        update: {},
        create: { negotiationId, userId: user.id, role: invitation.role },
      });
      await joinOwnDelegation(tx, { negotiationId, delegationId: user.delegationId, role: invitation.role });
    }
    await recordAuditEvent(tx, {
      actor: { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, delegation: user.delegation },
      action: 'invitation.accept',
      target: invitation.id,
      ...(invitation.negotiation ? { negotiationId: invitation.negotiation.id } : {}),
      ...(invitation.role ? { detail: { role: invitation.role } } : {}),
    });
    return { userId: user.id, email: user.email, negotiationId: invitation.negotiation?.id };
  });
  await notifyRosterChanged({ userId: accepted.userId, ...(accepted.negotiationId ? { negotiationId: accepted.negotiationId } : {}) });
  return { email: accepted.email };
}
