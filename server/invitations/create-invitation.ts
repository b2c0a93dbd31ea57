import type { Role } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { type Actor, operatorActorId } from '@/server/negotiations/actor';
import { checkNegotiationAdministration } from '@/server/negotiations/check-negotiation-administration';
import { checkSiteAdministration } from '@/server/negotiations/check-site-administration';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { type IssuedInvitation, insertInvitation } from './insert-invitation';

export interface InvitationRequest {
  email: string;
  name: string;
  delegationCode: string;
  /** A facilitator's invitation puts the person on that negotiation's roster with this role when they accept. */
  negotiationId?: string;
  role?: Role;
}

/**
 * Invites a person by e-mail address: administrators for the site, a negotiation's managers for their negotiation.
 * An address that already has an account someone can sign in with is refused (add that person to the roster instead);
 * an administrator may invite an account they made that nobody has set up yet.
 */
export async function createInvitation(db: Db, actor: Actor, request: InvitationRequest, now = new Date()): Promise<IssuedInvitation> {
  let delegationCode = actor === 'operator' ? '' : actor.delegation.code;
  if (request.negotiationId) {
    delegationCode = (await checkNegotiationAdministration(db, actor, request.negotiationId, 'negotiation:manage-roster')).delegationCode;
  } else {
    await checkSiteAdministration(db, actor);
  }
  const email = request.email.trim().toLowerCase();
  const name = request.name.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new AppError('invalid-input', `"${request.email}" is not an e-mail address.`, 'not-an-email', {
      email: request.email,
    });
  if (!name) throw new AppError('invalid-input', 'Give the name of the person you invite.', 'invitee-name-missing');
  const code = request.delegationCode.trim().toUpperCase();
  const delegation = await db.delegation.findUnique({ where: { code }, select: { id: true } });
  if (!delegation) throw new AppError('not-found', `There is no delegation with the code "${code}".`, 'unknown-delegation', { code });
  const existing = await db.user.findUnique({ where: { email }, select: { active: true, passwordHash: true, ssoSubject: true } });
  // A negotiation's invitation is for someone new: an account that exists, even one not set up yet, is added to the
  // roster instead, so nobody but an administrator ever holds a link that sets up an existing account.
  if (existing && (request.negotiationId || existing.passwordHash !== null || existing.ssoSubject !== null)) {
    throw new AppError(
      'conflict',
      `${email} already has an account: ${request.negotiationId ? 'add them to the roster instead' : 'reset their access instead'}.`,
      request.negotiationId ? 'account-exists-add-to-roster' : 'account-exists-reset-access',
      { email },
    );
  }
  if (existing && !existing.active)
    throw new AppError('conflict', `The account of ${email} is deactivated.`, 'account-deactivated', { name: email });
  const role = request.negotiationId ? (request.role ?? 'delegate') : undefined;
  return db.$transaction(async (tx) => {
    const invitation = await insertInvitation(
      tx,
      {
        email,
        name,
        delegationId: delegation.id,
        invitedById: actor === 'operator' ? operatorActorId : actor.id,
        ...(request.negotiationId ? { negotiationId: request.negotiationId } : {}),
        ...(role ? { role } : {}),
      },
      now,
    );
    await recordAuditEvent(tx, {
      actor,
      delegationCode,
      action: 'invitation.create',
      target: invitation.id,
      ...(request.negotiationId ? { negotiationId: request.negotiationId } : {}),
      detail: { email, delegation: code, ...(role ? { role } : {}), expiresAt: invitation.expiresAt.toISOString() },
    });
    return invitation;
  });
}
