'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { usePolledJson } from '@/components/live/use-polled-json';
import { browserNotificationsSupported } from './browser-notifications';
import { useDescribeNotification, useDescribeNotificationBody } from './use-describe-notification';
import { markRead, type NotificationFeedPage, type NotificationItem } from './notification-types';

const pageSize = 30;

function NotificationEntry({ item, onOpen }: { item: NotificationItem; onOpen: (item: NotificationItem) => void }) {
  const t = useTranslations('notifications');
  const format = useFormatter();
  const describeNotification = useDescribeNotification();
  const describeBody = useDescribeNotificationBody();
  return (
    <li className={item.read ? 'notification' : 'notification notification-unread'} data-testid="notification" data-read={item.read}>
      <a href={item.link} onClick={() => onOpen(item)}>
        {describeNotification(item)}
      </a>
      {!item.read && <span className="visually-hidden">{t('unreadMarker')}</span>}
      <div className="muted">
        {item.delegation && <span data-testid="notification-delegation">{item.delegation.name} · </span>}
        <time dateTime={item.createdAt}>{format.dateTime(new Date(item.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
        {item.body && <> · {describeBody(item)}</>}
      </div>
    </li>
  );
}

function BrowserNotificationsButton() {
  const t = useTranslations('notifications');
  const [permission, setPermission] = useState<NotificationPermission | 'unsupported' | null>(null);
  useEffect(() => setPermission(browserNotificationsSupported() ? Notification.permission : 'unsupported'), []);
  if (permission === null || permission === 'unsupported') return null;
  if (permission === 'granted') return <p className="muted">{t('browserOn')}</p>;
  if (permission === 'denied') return <p className="muted">{t('browserBlocked')}</p>;
  return (
    <button type="button" className="button secondary" onClick={() => void Notification.requestPermission().then(setPermission)}>
      {t('allowBrowser')}
    </button>
  );
}

/** The person's feed, newest first, live; opening an entry marks it read. */
export function NotificationFeed() {
  const t = useTranslations('notifications');
  const { data, error, refresh } = usePolledJson<NotificationFeedPage>(`/api/notifications?limit=${pageSize}`);
  const [older, setOlder] = useState<NotificationItem[]>([]);
  const [olderCursor, setOlderCursor] = useState<string | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const cursor = olderCursor === undefined ? data?.nextCursor : olderCursor;
  const newestIds = new Set(data?.items.map((item) => item.id));
  const items = [...(data?.items ?? []), ...older.filter((item) => !newestIds.has(item.id))];

  const open = (item: NotificationItem) => {
    if (!item.read) void markRead({ ids: [item.id] });
  };
  const markAll = async () => {
    const response = await markRead({ all: true });
    setProblem(response?.ok ? null : t('markFailed'));
    setOlder((entries) => entries.map((entry) => ({ ...entry, read: true })));
    refresh();
  };
  const loadOlder = async () => {
    if (!cursor) return;
    const response = await fetch(`/api/notifications?limit=${pageSize}&before=${encodeURIComponent(cursor)}`, { cache: 'no-store' }).catch(
      () => null,
    );
    if (!response?.ok) {
      setProblem(t('olderFailed'));
      return;
    }
    const page = (await response.json()) as NotificationFeedPage;
    setOlder((entries) => [...entries, ...page.items]);
    setOlderCursor(page.nextCursor);
    setProblem(null);
  };

  return (
    <section className="card" aria-labelledby="notifications-heading">
      <h1 id="notifications-heading">{t('heading')}</h1>
      <p role="status" data-testid="notification-unread">
        {data ? t('unread', { count: data.unread }) : t('loading')}
      </p>
      <p>
        <button type="button" className="button secondary" onClick={() => void markAll()} disabled={!data || data.unread === 0}>
          {t('markAllRead')}
        </button>{' '}
        <BrowserNotificationsButton />
      </p>
      {(error || problem) && <p role="alert">{problem ?? error}</p>}
      {data && items.length === 0 && <p className="muted">{t('empty')}</p>}
      <ul className="notification-list" aria-label={t('listLabel')}>
        {items.map((item) => (
          <NotificationEntry key={item.id} item={item} onOpen={open} />
        ))}
      </ul>
      {cursor && (
        <button type="button" className="button secondary" onClick={() => void loadOlder()}>
          {t('showOlder')}
        </button>
      )}
    </section>
  );
}
