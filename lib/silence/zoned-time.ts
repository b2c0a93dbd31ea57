import { readZoneCity } from '@/lib/deadlines/zoned-time';

/*
 * How the silence procedure's banner words times: reading and writing wall-clock times in a zone is
 * lib/deadlines/zoned-time.ts's, the one conversion for deadlines and procedures alike.
 */

/** The pieces of a time in a zone, written for `locale`; the sentence around them is the caller's. */
export interface ZonedTimeParts {
  /** "18:00:00" */
  time: string;
  /** "27 Nov 2026", or null when it is today there. */
  day: string | null;
  /** "Vienna": the zone's city (or name), as the IANA name spells it. */
  city: string;
}

export function readZonedTimeParts(instant: Date, timeZone: string, now: Date = new Date(), locale = 'en-GB'): ZonedTimeParts {
  const day = (date: Date) => new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' }).format(date);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return { time, day: day(instant) === day(now) ? null : day(instant), city: readZoneCity(timeZone) };
}

/** "18:00:00 on 27 Nov 2026 Vienna time" style, in English: the time in the zone, with the day when it is not today there. */
export function formatZonedTime(instant: Date, timeZone: string, now: Date = new Date()): string {
  const { time, day, city } = readZonedTimeParts(instant, timeZone, now);
  return `${time}${day === null ? '' : ` on ${day}`} ${city} time`;
}

/** The time left, "02:13:45" (hours may pass 24, digits in `locale`), never negative. */
export function formatCountdown(milliseconds: number, locale = 'en-GB'): string {
  const total = Math.max(0, Math.ceil(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return [hours, minutes, seconds].map((value) => twoDigits.format(value)).join(':');
}
