import type { Db } from '@/server/db/client';

/** Marks now as the person's last visit, so the home page counts changes from here; readers not on the roster have no entry to mark. */
export async function recordNegotiationVisit(db: Db, userId: string, negotiationId: string, at: Date = new Date()): Promise<void> {
  await db.negotiationMember.updateMany({ where: { userId, negotiationId }, data: { lastVisitAt: at } });
}
