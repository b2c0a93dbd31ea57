import type { Db } from '@/server/db/client';

/** The negotiations whose notifications a person may still read: those they are on now, and those open to all. */
export async function listSeenNegotiationIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.negotiation.findMany({
    where: { OR: [{ members: { some: { userId } } }, { openToAll: true }] },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
