'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { readDateLocale } from '@/lib/deadlines/zoned-time';
import { readZonedTimeParts } from '@/lib/silence/zoned-time';

/** "18:00:00 on 27 Nov 2026 Vienna time" in the person's language: the day only when it is not today in the zone. */
export function useFormatZonedTime(): (instant: Date, timeZone: string, now?: Date) => string {
  const t = useTranslations('silence');
  const locale = readDateLocale(useLocale());
  return useCallback(
    (instant: Date, timeZone: string, now: Date = new Date()) => {
      const { time, day, city } = readZonedTimeParts(instant, timeZone, now, locale);
      return day === null ? t('zonedTime', { time, city }) : t('zonedTimeOnDay', { time, day, city });
    },
    [t, locale],
  );
}
