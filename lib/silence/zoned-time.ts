import { readZoneCity } from '@/lib/deadlines/zoned-time';

/*
 * How the silence procedure's banner words times: reading and writing wall-clock times in a zone is
 * lib/deadlines/zoned-time.ts's, the one conversion for deadlines and procedures alike.
 */

/** "18:00 (Vienna)" style: the time in the zone, with the day when it is not today there. */
export function formatZonedTime(instant: Date, timeZone: string, now: Date = new Date()): string {
  const day = (date: Date) => new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium' }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${time}${day(instant) === day(now) ? '' : ` on ${day(instant)}`} ${readZoneCity(timeZone)} time`;
}

/** The time left, "02:13:45" (hours may pass 24), never negative. */
export function formatCountdown(milliseconds: number): string {
  const total = Math.max(0, Math.ceil(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return [hours, minutes, seconds].map((value) => String(value).padStart(2, '0')).join(':');
}
