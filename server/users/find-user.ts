import type { Db } from '@/server/db/client';

export interface DelegationSummary {
  id: string;
  code: string;
  name: string;
  colour: string;
}

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  /** The interface language the person chose; null: the cookie or the browser's language decides. */
  locale?: string | null;
  /** The person's own delegation; in a negotiation they may act as another (a facilitator acts as the Chair). */
  delegation: DelegationSummary;
}

/** Read from the database on every request, never from the client; a deactivated person is nobody. */
export async function findUser(db: Db, id: string): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({ where: { id }, include: { delegation: true } });
  if (!user || !user.active) return null;
  const { delegation } = user;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    locale: user.locale,
    delegation: { id: delegation.id, code: delegation.code, name: delegation.name, colour: delegation.colour },
  };
}
