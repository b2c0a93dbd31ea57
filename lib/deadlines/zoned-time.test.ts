import { describe, expect, it } from 'vitest';
import { formatWallClockInput, formatZonedTime, isTimeZone, parseZonedDateTime, readZoneCity } from './zoned-time';

function parsed(text: string, zone: string): string {
  const result = parseZonedDateTime(text, zone);
  if (!result.ok) throw new Error(result.reason);
  return result.at.toISOString();
}

describe('zoned time', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isTimeZone('Europe/Vienna')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(' UTC')).toBe(false);
  });

  it('reads a wall-clock time in the negotiation zone, winter and summer', () => {
    expect(parsed('2026-11-27T18:00', 'Europe/Vienna')).toBe('2026-11-27T17:00:00.000Z');
    expect(parsed('2026-07-01T18:00', 'Europe/Vienna')).toBe('2026-07-01T16:00:00.000Z');
    expect(parsed('2026-11-27 18:00', 'America/New_York')).toBe('2026-11-27T23:00:00.000Z');
    expect(parsed('2026-11-27T18:00', 'Asia/Kolkata')).toBe('2026-11-27T12:30:00.000Z');
    expect(parsed('2026-11-27T18:00', 'UTC')).toBe('2026-11-27T18:00:00.000Z');
    expect(parsed('2026-11-27T18:00:05', 'Europe/Vienna')).toBe('2026-11-27T17:00:05.000Z');
  });

  it('takes the day the clocks change: the hour skipped is refused, the repeated hour is its earlier reading', () => {
    // Vienna: 2026-03-29 02:00 → 03:00; 2026-10-25 03:00 → 02:00.
    expect(parsed('2026-03-29T01:59', 'Europe/Vienna')).toBe('2026-03-29T00:59:00.000Z');
    expect(parsed('2026-03-29T03:00', 'Europe/Vienna')).toBe('2026-03-29T01:00:00.000Z');
    const gap = parseZonedDateTime('2026-03-29T02:30', 'Europe/Vienna');
    expect(gap.ok).toBe(false);
    if (!gap.ok) expect(gap.reason).toContain('does not exist in Europe/Vienna');
    expect(parsed('2026-10-25T02:30', 'Europe/Vienna')).toBe('2026-10-25T00:30:00.000Z');
    expect(parsed('2026-10-25T03:30', 'Europe/Vienna')).toBe('2026-10-25T02:30:00.000Z');
    // New York: 2026-03-08 02:00 → 03:00.
    expect(parseZonedDateTime('2026-03-08T02:15', 'America/New_York').ok).toBe(false);
    expect(parsed('2026-03-08T03:15', 'America/New_York')).toBe('2026-03-08T07:15:00.000Z');
  });

  it('refuses malformed and impossible dates with a clear message', () => {
    for (const text of ['tomorrow 18:00', '2026-02-30T10:00', '2026-11-27T24:00', '2026-11-27', '2026-11-27T18:00:60']) {
      const result = parseZonedDateTime(text, 'Europe/Vienna');
      expect(result.ok).toBe(false);
    }
    const zone = parseZonedDateTime('2026-11-27T18:00', 'Mars/Olympus');
    expect(zone.ok ? '' : zone.reason).toContain('not a time zone');
  });

  it('formats an instant back in a zone, and round-trips the input', () => {
    const at = new Date('2026-11-27T17:00:00Z');
    expect(formatZonedTime(at, 'Europe/Vienna', { withDate: false })).toBe('18:00');
    expect(formatZonedTime(at, 'Europe/Vienna')).toBe('27 Nov 2026, 18:00');
    expect(formatWallClockInput(at, 'Europe/Vienna')).toBe('2026-11-27T18:00');
    expect(formatWallClockInput(new Date('2026-07-01T16:00:00Z'), 'Europe/Vienna')).toBe('2026-07-01T18:00');
    expect(formatWallClockInput(new Date('2026-11-27T17:00:05Z'), 'Europe/Vienna', { withSeconds: true })).toBe('2026-11-27T18:00:05');
    expect(readZoneCity('America/New_York')).toBe('New York');
    expect(readZoneCity('UTC')).toBe('UTC');
  });
});
