import type { Db } from '@/server/db/client';

/**
 * Marks the person's own notifications read: the ones named, or all of them. Ids that are not theirs change nothing
 * (they are not told whether such ids exist). Returns how many were unread and now are read.
 */
export async function markNotificationsRead(db: Db, userId: string, which: { ids: readonly string[] } | { all: true }): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...('ids' in which ? { id: { in: [...which.ids] } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
