import type { Db } from '@/server/db/client';

/** An account for a person admitted by their e-mail domain, bound to their identity; on no roster until someone adds them. */
export async function createSsoUser(
  db: Db,
  person: { email: string; name: string; delegationId: string; issuer: string; subject: string },
): Promise<string> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: person.email,
        name: person.name,
        delegationId: person.delegationId,
        ssoIssuer: person.issuer,
        ssoSubject: person.subject,
      },
      include: { delegation: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: user.id,
        delegationCode: user.delegation.code,
        action: 'user.create',
        target: user.id,
        detail: JSON.stringify({ via: 'sso-domain', issuer: person.issuer }),
      },
    });
    return user.id;
  });
}
