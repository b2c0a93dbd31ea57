import bcrypt from 'bcryptjs';
import { passwordHashCost } from '@/lib/auth/password-policy';
import type { Db } from '@/server/db/client';

let dummyHash: string | undefined;

/** Returns the user id for a correct email and password, otherwise null (never says which was wrong). */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || !user.passwordHash || !user.active) {
    // Spend the same time as a real check (same cost as stored hashes) so timing does not reveal which emails exist.
    dummyHash ??= await bcrypt.hash('not-a-password', passwordHashCost);
    await bcrypt.compare(password, dummyHash);
    return null;
  }
  if (!(await bcrypt.compare(password, user.passwordHash))) return null;
  // Hashes made with a lower cost (older seeds) are strengthened the first time their password is seen again.
  if (bcrypt.getRounds(user.passwordHash) < passwordHashCost) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(password, passwordHashCost) } });
  }
  return user.id;
}
