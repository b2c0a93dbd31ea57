import { remainingSignInDelay } from '@/lib/auth/sign-in-delay';
import type { Db } from '@/server/db/client';

/** Seconds to wait before the next attempt may be checked: the longest delay among the keys, 0 when none. */
export async function readSignInDelay(db: Db, keys: string[], now: Date = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys } } });
  return Math.max(0, ...rows.map((row) => remainingSignInDelay(row.failures, row.lastAt, now)));
}
