import type { Db } from '@/server/db/client';

/**
 * Marks `at` as the person's last visit to the negotiation (its Visit row with draftId ""), so the home page
 * counts changes from here. Callers have checked that the person may read the negotiation.
 */
export async function recordNegotiationVisit(db: Db, userId: string, negotiationId: string, at: Date = new Date()): Promise<void> {
  await db.visit.upsert({
    where: { userId_negotiationId_draftId: { userId, negotiationId, draftId: '' } },
    create: { userId, negotiationId, draftId: '', visitedAt: at },
    update: { visitedAt: at },
  });
}
