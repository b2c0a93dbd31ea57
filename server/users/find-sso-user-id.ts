import type { Db } from '@/server/db/client';

/** The account bound to this (issuer, subject), active or not; null when none is. */
export async function findSsoUserId(db: Db, issuer: string, subject: string): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { ssoIssuer_ssoSubject: { ssoIssuer: issuer, ssoSubject: subject } },
    select: { id: true },
  });
  return user?.id ?? null;
}
