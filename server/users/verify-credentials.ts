import bcrypt from 'bcryptjs';
import type { Db } from '@/server/db/client';

let dummyHash: string | undefined;

/** Returns the user id for a correct email and password, otherwise null (never says which was wrong). */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || !user.passwordHash || !user.active) {
    // Spend the same time as a real check so timing does not reveal which emails exist.
    dummyHash ??= await bcrypt.hash('not-a-password', 10);
    await bcrypt.compare(password, dummyHash);
    return null;
  }
  return (await bcrypt.compare(password, user.passwordHash)) ? user.id : null;
}
