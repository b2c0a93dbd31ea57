'use client';

import { type DraftDeadline, formatDeadlineTime, isDeadlineClosed } from '@/lib/deadlines/proposal-deadline';
import { formatZonedTime } from '@/lib/deadlines/zoned-time';

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
  const own = readOwnZone();
  const at = new Date(deadline.closesAt);
  const closed = isDeadlineClosed(deadline, now);
  return (
    <>
      <strong data-testid="deadline-state">{closed ? 'Closed: ' : deadline.reopenedAt ? 'Reopened: ' : ''}</strong>
      Proposals on {where} {closed ? 'closed at' : 'by'} {formatDeadlineTime(deadline.closesAt, timeZone)} ({timeZone})
      {own !== timeZone && <> — {formatZonedTime(at, own, { withDate: false })} your time</>}
      {deadline.note && <> — “{deadline.note}”</>}
      {closed && <> Ask the facilitator to reopen them.</>}
    </>
  );
}
