import type { Db } from '@/server/db/client';

/** When the person last looked at the draft before this sitting, or null when there is nothing to compare with. */
export async function findLastLookedAt(db: Db, userId: string, draftId: string): Promise<Date | null> {
  const visit = await db.visit.findFirst({
    where: { userId, draftId, previousSnapshot: { not: null } },
    select: { previousVisitedAt: true },
  });
  return visit?.previousVisitedAt ?? null;
}
