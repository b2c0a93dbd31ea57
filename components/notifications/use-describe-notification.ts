'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { defaultLocale } from '@/lib/i18n/locales';
import { type DescribedNotificationBody, describeNotificationBody } from '@/lib/notifications/describe-notification-body';
import { type DescribedNotification, describeNotificationTitle } from '@/lib/notifications/describe-notification-title';

/**
 * A notification's title in the person's language, from its stored message (or, on old rows, the values read back
 * from its English title). English readers get the stored sentence, exactly as it was written.
 */
export function useDescribeNotification(): (item: DescribedNotification) => string {
  const t = useTranslations('notificationKinds');
  const format = useFormatter();
  const readsStoredLanguage = useLocale() === defaultLocale;
  return useCallback(
    (item) => {
      if (readsStoredLanguage) return item.title;
      return describeNotificationTitle(
        item,
        (key, values) => t(key, values),
        (closesAt, timeZone) =>
          format.dateTime(closesAt, {
            timeZone,
            day: 'numeric',
            month: 'short',
            hour: '2-digit',
            minute: '2-digit',
            timeZoneName: 'short',
          }),
      );
    },
    [t, format, readsStoredLanguage],
  );
}

/** The line under a notification's title in the person's language; English readers get the stored line. */
export function useDescribeNotificationBody(): (item: DescribedNotificationBody) => string {
  const t = useTranslations('notificationKinds');
  const format = useFormatter();
  const readsStoredLanguage = useLocale() === defaultLocale;
  return useCallback(
    (item) =>
      readsStoredLanguage
        ? item.body
        : describeNotificationBody(
            item,
            (key, values) => t(key, values),
            (at) => format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short' }),
          ),
    [t, format, readsStoredLanguage],
  );
}
