import { describe, expect, it } from 'vitest';
import { formatCountdown, formatZonedTime, readZonedDateTime, writeZonedDateTime } from './zoned-time';

describe('zoned time', () => {
  it('reads a wall-clock time in a zone, in winter and in summer, and writes it back', () => {
    expect(readZonedDateTime('2026-11-26T18:00', 'Europe/Vienna')!.toISOString()).toBe('2026-11-26T17:00:00.000Z');
    expect(readZonedDateTime('2026-07-01T18:00', 'Europe/Vienna')!.toISOString()).toBe('2026-07-01T16:00:00.000Z');
    expect(readZonedDateTime('2026-11-26T18:00', 'America/New_York')!.toISOString()).toBe('2026-11-26T23:00:00.000Z');
    expect(writeZonedDateTime(new Date('2026-11-26T17:00:00Z'), 'Europe/Vienna')).toBe('2026-11-26T18:00');
    expect(readZonedDateTime('tomorrow', 'UTC')).toBeNull();
  });

  it('formats a time in the zone and a countdown', () => {
    const deadline = new Date('2026-11-26T17:00:00Z');
    expect(formatZonedTime(deadline, 'Europe/Vienna', new Date('2026-11-26T10:00:00Z'))).toBe('18:00:00 Vienna time');
    expect(formatZonedTime(deadline, 'Europe/Vienna', new Date('2026-11-25T10:00:00Z'))).toBe('18:00:00 on 26 Nov 2026 Vienna time');
    expect(formatCountdown(2 * 3600_000 + 13 * 60_000 + 45_000)).toBe('02:13:45');
    expect(formatCountdown(-5)).toBe('00:00:00');
  });
});
