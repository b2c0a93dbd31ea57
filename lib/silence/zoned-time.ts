/**
 * Times in a negotiation's time zone (IANA names, through Intl): a small pair of conversions for the silence
 * procedure's form and banner. lib/deadlines grows its own for deadlines; the two may become one.
 */

/** The zone's offset from UTC at an instant, in minutes (Vienna in winter: 60). */
function readOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const read = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(read('year'), read('month') - 1, read('day'), read('hour'), read('minute'), read('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "2026-11-26T18:00" (or with seconds) read as a wall-clock time in the zone; null when it is not such a time. */
export function readZonedDateTime(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map((part) => Number(part ?? 0)) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // Two passes settle the offset on either side of a clock change.
  let guess = wall - readOffsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - readOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** The instant as "2026-11-26T18:00" in the zone (with seconds when asked), for a datetime-local field. */
export function writeZonedDateTime(instant: Date, timeZone: string, withSeconds = false): string {
  const shifted = new Date(instant.getTime() + readOffsetMinutes(instant, timeZone) * 60_000);
  return shifted.toISOString().slice(0, withSeconds ? 19 : 16);
}

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
  const place = timeZone.split('/').at(-1)!.replaceAll('_', ' ');
  return `${time}${day(instant) === day(now) ? '' : ` on ${day(instant)}`} ${place} time`;
}

/** The time left, "02:13:45" (hours may pass 24), never negative. */
export function formatCountdown(milliseconds: number): string {
  const total = Math.max(0, Math.ceil(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return [hours, minutes, seconds].map((value) => String(value).padStart(2, '0')).join(':');
}
