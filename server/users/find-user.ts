import { isRole, type Role } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  delegation: { id: string; code: string; name: string; colour: string };
}

/** Role and delegation come from the database on every request, never from the client. */
export async function findUser(db: Db, id: string): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({ where: { id }, include: { delegation: true } });
  if (!user || !isRole(user.role)) return null;
  const { delegation } = user;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    delegation: { id: delegation.id, code: delegation.code, name: delegation.name, colour: delegation.colour },
  };
}
