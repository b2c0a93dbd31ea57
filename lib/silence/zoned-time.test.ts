import { describe, expect, it } from 'vitest';
import { formatCountdown, formatZonedTime } from './zoned-time';

describe('zoned time', () => {
  it('formats a time in the zone and a countdown', () => {
    const deadline = new Date('2026-11-26T17:00:00Z');
    expect(formatZonedTime(deadline, 'Europe/Vienna', new Date('2026-11-26T10:00:00Z'))).toBe('18:00:00 Vienna time');
    expect(formatZonedTime(deadline, 'Europe/Vienna', new Date('2026-11-25T10:00:00Z'))).toBe('18:00:00 on 26 Nov 2026 Vienna time');
    expect(formatCountdown(2 * 3600_000 + 13 * 60_000 + 45_000)).toBe('02:13:45');
    expect(formatCountdown(-5)).toBe('00:00:00');
  });
});
