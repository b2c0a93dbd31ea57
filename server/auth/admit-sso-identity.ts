import { Prisma } from '@/generated/prisma/client';
import { signInErrorCodes } from '@/lib/auth/sign-in-errors';
import type { Db } from '@/server/db/client';
import { bindSsoToInvitedAccount } from '@/server/users/bind-sso-to-invited-account';
import { createSsoUser } from '@/server/users/create-sso-user';
import { createSsoUserFromInvitation } from '@/server/users/create-sso-user-from-invitation';
import type { OidcIdentity } from './read-oidc-identity';

export type SsoAdmission = { ok: true; userId: string } | { ok: false; code: string };

/**
 * Who a verified identity signs in as. A bound account only by its (issuer, subject); otherwise a new account from a
 * pending invitation or an allowed domain. Never an existing account found by e-mail alone: whoever controls an
 * issuer (or an address there) must not take over a password account that merely shares the address.
 */
export async function admitSsoIdentity(
  db: Db,
  identity: OidcIdentity,
  rules: { allowedDomains: string[]; delegationCode?: string },
  now: Date = new Date(),
): Promise<SsoAdmission> {
  try {
    return await decide(db, identity, rules, now);
  } catch (error) {
    // Another sign-in created an account with this address (or this binding) between our checks and our write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, code: signInErrorCodes.ssoAccountExists };
    }
    throw error;
  }
}

async function decide(
  db: Db,
  identity: OidcIdentity,
  rules: { allowedDomains: string[]; delegationCode?: string },
  now: Date = new Date(),
): Promise<SsoAdmission> {
  const bound = await db.user.findUnique({
    where: { ssoIssuer_ssoSubject: { ssoIssuer: identity.issuer, ssoSubject: identity.subject } },
    select: { id: true, active: true },
  });
  if (bound) return bound.active ? { ok: true, userId: bound.id } : { ok: false, code: signInErrorCodes.ssoDeactivated };

  const sameEmail = await db.user.findUnique({ where: { email: identity.email }, select: { id: true } });
  if (sameEmail) {
    // Only an account set up by an invitation (made by an administrator, or reset) and not yet usable.
    const invitedId = await bindSsoToInvitedAccount(db, identity.email, identity, now);
    return invitedId ? { ok: true, userId: invitedId } : { ok: false, code: signInErrorCodes.ssoAccountExists };
  }

  const invitation = await db.invitation.findFirst({
    where: { email: identity.email, usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  if (invitation) {
    const userId = await createSsoUserFromInvitation(db, invitation.id, identity, now);
    return userId ? { ok: true, userId } : { ok: false, code: signInErrorCodes.ssoNotInvited };
  }

  const domain = identity.email.slice(identity.email.lastIndexOf('@') + 1);
  if (!rules.allowedDomains.includes(domain)) return { ok: false, code: signInErrorCodes.ssoNotInvited };
  const delegation = rules.delegationCode
    ? await db.delegation.findUnique({ where: { code: rules.delegationCode }, select: { id: true } })
    : null;
  if (!delegation) return { ok: false, code: signInErrorCodes.ssoNoDelegation };
  const userId = await createSsoUser(db, {
    email: identity.email,
    name: identity.name ?? identity.email,
    delegationId: delegation.id,
    issuer: identity.issuer,
    subject: identity.subject,
  });
  return { ok: true, userId };
}
