'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { defaultLocale } from '@/lib/i18n/locales';
import { readNotificationTitle } from '@/lib/notifications/read-notification-title';

/**
 * A notification's title in the person's language: known kinds are said again from the values their stored
 * (English) title holds; English readers, and titles no pattern reads, get the stored text.
 */
export function useDescribeNotification(): (item: { kind: string; title: string }) => string {
  const t = useTranslations('notificationKinds');
  const readsStoredLanguage = useLocale() === defaultLocale;
  return useCallback(
    ({ kind, title }) => {
      if (readsStoredLanguage) return title;
      const parts = readNotificationTitle(kind, title);
      if (!parts) return title;
      const values = { ...parts.values, ...(parts.values.paragraph === '' ? { paragraph: 'none' } : {}) };
      // Keys come from the pattern that read the title, so they are checked against the catalogue.
      const key = parts.key as Parameters<typeof t>[0];
      if (!t.has(key)) return title;
      try {
        return t(key, values as never);
      } catch {
        return title;
      }
    },
    [t, readsStoredLanguage],
  );
}
