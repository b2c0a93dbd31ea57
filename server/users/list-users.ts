import type { Db } from '@/server/db/client';

export interface UserListing {
  email: string;
  name: string;
  isAdmin: boolean;
  active: boolean;
  delegation: string;
  delegationName: string;
}

export async function listUsers(db: Db): Promise<UserListing[]> {
  const users = await db.user.findMany({ include: { delegation: true }, orderBy: { email: 'asc' } });
  return users.map((user) => ({
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    active: user.active,
    delegation: user.delegation.code,
    delegationName: user.delegation.name,
  }));
}
