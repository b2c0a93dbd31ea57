'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { readDeadlineTimeParts } from '@/lib/deadlines/proposal-deadline';
import { readDateLocale } from '@/lib/deadlines/zoned-time';

/** "18:00 Vienna time (27 Nov 2026)" in the person's language: a deadline in the negotiation's zone. */
export function useFormatDeadlineTime(): (closesAt: string, timeZone: string) => string {
  const t = useTranslations('deadlines');
  const locale = readDateLocale(useLocale());
  return useCallback(
    (closesAt: string, timeZone: string) => t('deadlineTime', { ...readDeadlineTimeParts(closesAt, timeZone, locale) }),
    [t, locale],
  );
}
