import type { NotificationItem } from './notification-types';

/** The newest entry this tab has already considered, so each arrival is shown once per tab. */
const newestSeenKey = 'zero-draft:notifications:newest-seen';

export function browserNotificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

/**
 * Shows a browser notification for each unread entry newer than the newest this tab has seen. The first answer a
 * tab gets only sets the mark: what was there before the page opened is in the feed, not news.
 */
export function announceNewEntries(
  items: readonly NotificationItem[],
  describe: (item: NotificationItem) => string = (item) => item.title,
  describeBody: (item: NotificationItem) => string = (item) => item.body,
): void {
  // An empty feed is a mark too (""): the first entry that arrives after it is news.
  const newest = items[0]?.createdAt ?? '';
  let seen: string | null = null;
  try {
    seen = sessionStorage.getItem(newestSeenKey);
    sessionStorage.setItem(newestSeenKey, seen !== null && seen > newest ? seen : newest);
  } catch {
    return;
  }
  if (seen === null || !browserNotificationsSupported() || Notification.permission !== 'granted') return;
  for (const item of [...items].reverse()) {
    if (item.read || item.createdAt <= seen) continue;
    try {
      const shown = new Notification(describe(item), { body: describeBody(item), tag: item.id });
      shown.onclick = () => {
        window.focus();
        window.location.assign(item.link);
      };
    } catch {
      // Some browsers (Chrome on Android) only show notifications from a service worker: the feed still has it.
      return;
    }
  }
}
