import type { Db } from '@/server/db/client';

/** Forgets the failures counted on these keys (after a successful sign-in). */
export async function clearFailedSignIns(db: Db, keys: string[]): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: { in: keys } } });
}
