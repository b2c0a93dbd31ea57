import type { Db } from '@/server/db/client';

/** The account id behind an e-mail address (the CLI names people by address), or null. */
export async function findAccountId(db: Db, email: string): Promise<string | null> {
  const account = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return account?.id ?? null;
}
