import type { Db } from '@/server/db/client';
import { findAccountId } from '@/server/users/find-account-id';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { UsageError } from '../output';

/** The person named by --as, read like a signed-in web request (a deactivated account is nobody). */
export async function findActingPerson(db: Db, email: unknown, usage: string): Promise<CurrentUser> {
  if (typeof email !== 'string' || !email.trim()) throw new UsageError(usage);
  const id = await findAccountId(db, email);
  const person = id ? await findUser(db, id) : null;
  if (!person) throw new Error(`No active account "${email}".`);
  return person;
}
