import { type NotificationMessage, readNotificationMessage } from '@/lib/notifications/notification-message';
import type { Db } from '@/server/db/client';
import { listSeenNegotiationIds } from './list-seen-negotiation-ids';

export interface NotificationEntry {
  id: string;
  kind: string;
  /** The English sentence as stored. */
  title: string;
  /** The title as a message and its values; null on rows written before messages were stored. */
  message: NotificationMessage | null;
  body: string;
  link: string;
  /** The delegation that acted, with its name when it is still known. */
  delegation: { code: string; name: string } | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items: NotificationEntry[];
  /** Pass as `before` for the next (older) page; null when there is none. */
  nextCursor: string | null;
  unread: number;
}

export const maxNotificationPage = 100;

/**
 * A person's own notifications, newest first, a page at a time, from negotiations they may still see (someone taken
 * off a roster stops seeing what they were told there). `before` is the id of the last entry of the previous page.
 */
export async function listNotifications(
  db: Db,
  userId: string,
  options: { limit?: number; before?: string } = {},
): Promise<NotificationPage> {
  const limit = Math.min(Math.max(options.limit ?? 30, 1), maxNotificationPage);
  const negotiationIds = await listSeenNegotiationIds(db, userId);
  const where = { userId, negotiationId: { in: negotiationIds } };
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      ...(options.before ? { cursor: { id: options.before }, skip: 1 } : {}),
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const page = rows.slice(0, limit);
  const codes = [...new Set(page.map((row) => row.actorDelegation).filter((code): code is string => Boolean(code)))];
  const delegations =
    codes.length === 0 ? [] : await db.delegation.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } });
  const names = new Map(delegations.map((delegation) => [delegation.code, delegation.name]));
  return {
    items: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      message: readNotificationMessage(row.messageKey, row.params),
      body: row.body,
      link: row.link,
      delegation: row.actorDelegation ? { code: row.actorDelegation, name: names.get(row.actorDelegation) ?? row.actorDelegation } : null,
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
    unread,
  };
}
