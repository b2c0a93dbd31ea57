import { isRole, type Role } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import type { CurrentUser } from '@/server/users/find-user';

export interface VisibleNegotiation {
  id: string;
  title: string;
  body: string;
  session: string;
  status: string;
  openToAll: boolean;
  isDefault: boolean;
  /** The person's role there (observer when they read a negotiation open to all without being on it). */
  role: Role;
  member: boolean;
  /** The person's last visit there (their Visit row with draftId ""), null before the first. */
  lastVisitAt: Date | null;
}

/** The negotiations a person may see: those they are on, and those open to every signed-in person. */
export async function listVisibleNegotiations(db: Db, user: CurrentUser): Promise<VisibleNegotiation[]> {
  const rows = await db.negotiation.findMany({
    where: { OR: [{ members: { some: { userId: user.id } } }, { openToAll: true }] },
    orderBy: [{ updatedAt: 'desc' }],
    select: {
      id: true,
      title: true,
      body: true,
      session: true,
      status: true,
      openToAll: true,
      isDefault: true,
      members: { where: { userId: user.id }, select: { role: true } },
    },
  });
  const visits = await db.visit.findMany({
    where: { userId: user.id, draftId: '', negotiationId: { in: rows.map((row) => row.id) } },
    select: { negotiationId: true, visitedAt: true },
  });
  const lastVisits = new Map(visits.map((visit) => [visit.negotiationId, visit.visitedAt]));
  return rows.map(({ members, ...negotiation }) => {
    const entry = members[0];
    const role = entry && isRole(entry.role) ? entry.role : 'observer';
    return { ...negotiation, role, member: entry !== undefined, lastVisitAt: lastVisits.get(negotiation.id) ?? null };
  });
}
