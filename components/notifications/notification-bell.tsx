'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { usePolledJson } from '@/components/live/use-polled-json';
import { announceNewEntries } from './browser-notifications';
import type { NotificationFeedPage } from './notification-types';
import { useDescribeNotification, useDescribeNotificationBody } from './use-describe-notification';

/** The top bar's link to the feed, with the unread count, kept live; new entries also become browser notifications. */
export function NotificationBell() {
  const t = useTranslations('notifications');
  const { data } = usePolledJson<NotificationFeedPage>('/api/notifications?limit=10');
  const describeNotification = useDescribeNotification();
  const describeBody = useDescribeNotificationBody();
  const unread = data?.unread ?? 0;
  useEffect(() => {
    if (data) announceNewEntries(data.items, describeNotification, describeBody);
  }, [data, describeNotification, describeBody]);
  return (
    <Link href="/notifications" data-testid="notification-bell" aria-label={t('bellLabel', { count: unread })}>
      {t('bell')}
      {unread > 0 && (
        <span className="badge notification-count" aria-hidden="true" data-testid="notification-count">
          {unread}
        </span>
      )}
    </Link>
  );
}
