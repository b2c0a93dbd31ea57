import type { Db } from '@/server/db/client';

/**
 * An account an administrator made (or whose access was reset) has no password and no binding yet, and an
 * invitation issued for it since: signing in through single sign-on with that verified address sets it up, once,
 * exactly as setting a password through the link would. Any other account with the address stays untouched.
 * Returns the account id, or null when the account cannot be set up this way.
 */
export async function bindSsoToInvitedAccount(
  db: Db,
  email: string,
  binding: { issuer: string; subject: string },
  now: Date = new Date(),
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const account = await tx.user.findUnique({ where: { email }, include: { delegation: true } });
    if (!account || !account.active || account.passwordHash !== null || account.ssoSubject !== null) return null;
    const invitation = await tx.invitation.findFirst({
      where: { email, usedAt: null, expiresAt: { gt: now }, negotiationId: null, createdAt: { gte: account.createdAt } },
      orderBy: { createdAt: 'desc' },
      select: { id: true },
    });
    if (!invitation) return null;
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    await tx.user.update({ where: { id: account.id }, data: { ssoIssuer: binding.issuer, ssoSubject: binding.subject } });
    await tx.auditEvent.create({
      data: {
        actorId: account.id,
        delegationCode: account.delegation.code,
        action: 'invitation.accept',
        target: invitation.id,
        detail: JSON.stringify({ via: 'sso', issuer: binding.issuer, role: null }),
      },
    });
    return account.id;
  });
}
