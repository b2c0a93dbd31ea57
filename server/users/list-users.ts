import type { Db } from '@/server/db/client';

export interface UserListing {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  active: boolean;
  /** How the person signs in: a password, single sign-on, or not yet (invited, or access reset). */
  access: 'password' | 'sso' | 'pending';
  delegation: string;
  delegationName: string;
}

export async function listUsers(db: Db): Promise<UserListing[]> {
  const users = await db.user.findMany({ include: { delegation: true }, orderBy: { email: 'asc' } });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    active: user.active,
    access: user.ssoSubject !== null ? 'sso' : user.passwordHash !== null ? 'password' : 'pending',
    delegation: user.delegation.code,
    delegationName: user.delegation.name,
  }));
}
