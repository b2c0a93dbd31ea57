import type { Prisma } from '@/generated/prisma/client';
import { isRole, type Role } from '@/lib/auth/permissions';
import { AppError } from '@/server/errors/app-error';
import { hashInvitationToken } from './hash-invitation-token';

export interface ValidInvitation {
  id: string;
  email: string;
  name: string;
  delegation: { id: string; code: string; name: string };
  invitedByName: string;
  negotiation: { id: string; title: string } | null;
  role: Role | null;
  expiresAt: Date;
  /** An account an administrator made (or whose access was reset) that this invitation sets up; null to create one. */
  accountId: string | null;
}

/**
 * Reads an invitation by the secret in its link and refuses, with a message for the person holding it, one that is
 * unknown, used, expired, or for an address that meanwhile got an account someone can sign in with.
 */
export async function checkInvitation(db: Prisma.TransactionClient, token: string, now = new Date()): Promise<ValidInvitation> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      email: true,
      name: true,
      delegationId: true,
      invitedById: true,
      role: true,
      expiresAt: true,
      usedAt: true,
      createdAt: true,
      negotiation: { select: { id: true, title: true } },
    },
  });
  if (!invitation)
    throw new AppError(
      'not-found',
      'This invitation link is not valid. Check that you copied all of it, or ask for a new one.',
      'invitation-invalid',
    );
  if (invitation.usedAt)
    throw new AppError('conflict', 'This invitation has already been used. Sign in instead, or ask for a new one.', 'invitation-used');
  if (invitation.expiresAt <= now) {
    throw new AppError(
      'conflict',
      `This invitation expired on ${invitation.expiresAt.toISOString().slice(0, 10)}. Ask for a new one.`,
      'invitation-expired',
      { date: invitation.expiresAt.toISOString().slice(0, 10) },
    );
  }
  const account = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, active: true, passwordHash: true, ssoSubject: true, createdAt: true },
  });
  // An invitation sets up an existing account only when an administrator issued it for that account (after it was made,
  // not for a negotiation): a link handed out before, or by a facilitator, never takes over an account made since.
  const setsUpAccount = account && !invitation.negotiation && invitation.createdAt >= account.createdAt;
  if (account && (!setsUpAccount || account.passwordHash !== null || account.ssoSubject !== null)) {
    throw new AppError('conflict', `${invitation.email} already has an account. Sign in instead.`, 'account-exists', {
      email: invitation.email,
    });
  }
  if (account && !account.active)
    throw new AppError('conflict', `The account of ${invitation.email} is deactivated.`, 'account-deactivated', { name: invitation.email });
  const [delegation, inviter] = await Promise.all([
    db.delegation.findUnique({ where: { id: invitation.delegationId }, select: { id: true, code: true, name: true } }),
    db.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true } }),
  ]);
  if (!delegation)
    throw new AppError('conflict', 'The delegation of this invitation no longer exists. Ask for a new one.', 'invitation-delegation-gone');
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    delegation,
    invitedByName: inviter?.name ?? 'The administrator',
    negotiation: invitation.negotiation,
    role: isRole(invitation.role) ? invitation.role : null,
    expiresAt: invitation.expiresAt,
    accountId: account?.id ?? null,
  };
}
