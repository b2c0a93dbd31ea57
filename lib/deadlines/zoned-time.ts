/** Whether `zone` is an IANA time zone this runtime knows ("Europe/Vienna", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === '' || zone !== zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `zone` at `instant`, as if it were UTC: its difference to the instant is the zone's offset. */
function readWallClockAsUtc(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const read = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? '0');
  return Date.UTC(read('year'), read('month') - 1, read('day'), read('hour'), read('minute'), read('second'));
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

function parseWallClock(text: string): WallClock | null {
  const match = localPattern.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

/**
 * A refused time: `reason` is the English sentence (for scripts and English readers), `code` and `params` name it
 * for the browser's catalogue (refusals.reasons), so it can be said in the person's language.
 */
export type ZonedParse = { ok: true; at: Date } | { ok: false; reason: string; code: string; params: Record<string, string> };

/**
 * The instant a facilitator means by "2026-11-27T18:00" in the negotiation's zone. Across a DST gap (02:30 that
 * never happens) the time is refused, so nobody's deadline moves by an hour unseen; in the repeated hour of the
 * autumn change the earlier of the two readings is taken (the deadline comes no later than any reading of it).
 */
export function parseZonedDateTime(text: string, zone: string): ZonedParse {
  if (!isTimeZone(zone))
    return { ok: false, reason: `"${zone}" is not a time zone this server knows.`, code: 'zone-unknown-here', params: { zone } };
  const wall = parseWallClock(text);
  if (!wall) {
    return {
      ok: false,
      reason: 'Give the date and time as YYYY-MM-DDTHH:MM, seconds optional (for example 2026-11-27T18:00).',
      code: 'date-time-format',
      params: {},
    };
  }
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Offsets a day either side bracket any change of offset near the time; each candidate is checked exactly.
  const offsets = new Set([-36, 0, 36].map((hours) => readWallClockAsUtc(asUtc + hours * 3_600_000, zone) - (asUtc + hours * 3_600_000)));
  const matches = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((instant) => readWallClockAsUtc(instant, zone) === asUtc)
    .sort((a, b) => a - b);
  if (matches.length === 0) {
    const time = text.trim().replace('T', ' ');
    return {
      ok: false,
      reason: `${time} does not exist in ${zone} (the clocks skip it): choose another time.`,
      code: 'time-skipped',
      params: { time, zone },
    };
  }
  return { ok: true, at: new Date(matches[0]!) };
}

/** "2026-11-27T18:00" (seconds when asked): the wall clock in `zone` at `at`, as a datetime-local input takes it. */
export function formatWallClockInput(at: Date, zone: string, options: { withSeconds?: boolean } = {}): string {
  return new Date(readWallClockAsUtc(at.getTime(), zone)).toISOString().slice(0, options.withSeconds ? 19 : 16);
}

/**
 * The Intl locale dates and times are written in for an interface language: British English for English (day before
 * month, 24-hour clock, as the pages always showed), the language itself otherwise.
 */
export function readDateLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** "27 Nov 2026, 18:00" (in `locale`, British English unless given): the date and time at `at` in `zone`. */
export function formatZonedTime(at: Date, zone: string, options: { withDate?: boolean; locale?: string } = {}): string {
  const format = new Intl.DateTimeFormat(options.locale ?? 'en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    ...(options.withDate === false ? {} : { day: 'numeric', month: 'short', year: 'numeric' }),
  });
  return format.format(at);
}

/** "27 Nov 2026" (in `locale`, British English unless given): the day at `at` in `zone`. */
export function formatZonedDay(at: Date, zone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

/** "Vienna" for Europe/Vienna, "New York" for America/New_York, "UTC" for UTC. */
export function readZoneCity(zone: string): string {
  const last = zone.split('/').at(-1) ?? zone;
  return last.replace(/_/g, ' ');
}
