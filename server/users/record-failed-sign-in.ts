import { signInFailureMemorySeconds } from '@/lib/auth/sign-in-delay';
import type { Db } from '@/server/db/client';

/** Counts one failure on each key; a counter quiet for longer than the memory starts again at one. */
export async function recordFailedSignIn(db: Db, keys: string[], now: Date = new Date()): Promise<void> {
  const forgetBefore = new Date(now.getTime() - signInFailureMemorySeconds * 1000);
  await db.$transaction(async (tx) => {
    // Unknown e-mail addresses get counters too (so the delay does not reveal which exist); old ones are dropped here.
    await tx.signInThrottle.deleteMany({ where: { lastAt: { lt: forgetBefore } } });
    for (const key of keys) {
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures: 1, lastAt: now },
        update: { failures: { increment: 1 }, lastAt: now },
      });
    }
  });
}
