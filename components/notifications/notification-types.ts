import type { NotificationMessage } from '@/lib/notifications/notification-message';

/** What GET /api/notifications answers (server/notifications/list-notifications.ts), as the browser reads it. */
export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  /** Null on rows written before messages were stored: the title is read back instead. */
  message: NotificationMessage | null;
  body: string;
  link: string;
  delegation: { code: string; name: string } | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationFeedPage {
  items: NotificationItem[];
  nextCursor: string | null;
  unread: number;
}

/** Marks entries read; failures are left for the next open (the entry simply stays unread). */
export function markRead(which: { ids: string[] } | { all: true }): Promise<Response | undefined> {
  return fetch('/api/notifications/read', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(which),
    // The person is usually leaving for the entry's link: the request must outlive the page.
    keepalive: true,
  }).catch(() => undefined);
}
