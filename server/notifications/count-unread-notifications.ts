import type { Db } from '@/server/db/client';
import { listSeenNegotiationIds } from './list-seen-negotiation-ids';

/** How many of a person's notifications, in negotiations they may still see, are unread. */
export async function countUnreadNotifications(db: Db, userId: string): Promise<number> {
  const negotiationIds = await listSeenNegotiationIds(db, userId);
  return db.notification.count({ where: { userId, negotiationId: { in: negotiationIds }, readAt: null } });
}
