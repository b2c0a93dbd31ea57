'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type DraftDeadline, isDeadlineClosed } from '@/lib/deadlines/proposal-deadline';
import { formatZonedTime, readDateLocale } from '@/lib/deadlines/zoned-time';
import { useFormatDeadlineTime } from './use-format-deadline-time';

/** The person's own zone, as their browser has it. */
function readOwnZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * "Amendments by 18:00 Vienna time (Europe/Vienna), 17:00 your time", the note, and whether proposals are closed
 * or were reopened.
 */
export function DeadlineText({
  deadline,
  timeZone,
  now,
  where,
}: {
  deadline: DraftDeadline;
  timeZone: string;
  now: number;
  where: string;
}) {
  const t = useTranslations('deadlines');
  const locale = readDateLocale(useLocale());
  const formatDeadlineTime = useFormatDeadlineTime();
  const own = readOwnZone();
  const at = new Date(deadline.closesAt);
  const closed = isDeadlineClosed(deadline, now);
  return (
    <>
      <strong data-testid="deadline-state">{closed ? t('stateClosed') : deadline.reopenedAt ? t('stateReopened') : ''}</strong>
      {t(closed ? 'closedAt' : 'openUntil', { where, time: formatDeadlineTime(deadline.closesAt, timeZone), timeZone })}
      {own !== timeZone && <> — {t('yourTime', { time: formatZonedTime(at, own, { withDate: false, locale }) })}</>}
      {deadline.note && <> — {t('quotedNote', { note: deadline.note })}</>}
      {closed && <> {t('askReopen')}</>}
    </>
  );
}
