import { signInThrottleKeys } from '@/lib/auth/sign-in-delay';
import type { Db } from '@/server/db/client';
import { clearFailedSignIns } from './clear-failed-sign-ins';
import { readSignInDelay } from './read-sign-in-delay';
import { recordFailedSignIn } from './record-failed-sign-in';
import { verifyCredentials } from './verify-credentials';

export type PasswordSignIn = { outcome: 'signed-in'; userId: string } | { outcome: 'wrong' } | { outcome: 'wait'; seconds: number };

/**
 * A password attempt, slowed down after repeated failures on the account or from the address. While a delay is
 * in force the password is not even checked, so guessing gains nothing by hurrying; nothing ever locks an account.
 */
export async function signInWithPassword(
  db: Db,
  attempt: { email: string; password: string; address: string },
  clock: () => Date = () => new Date(),
): Promise<PasswordSignIn> {
  const [accountKey, addressKey] = signInThrottleKeys(attempt.email, attempt.address) as [string, string];
  const seconds = await readSignInDelay(db, [accountKey, addressKey], clock());
  if (seconds > 0) return { outcome: 'wait', seconds };
  const userId = await verifyCredentials(db, attempt.email, attempt.password);
  if (userId) {
    await clearFailedSignIns(db, [accountKey, addressKey]);
    return { outcome: 'signed-in', userId };
  }
  await recordFailedSignIn(db, [accountKey, addressKey], clock());
  return { outcome: 'wrong' };
}
