import { describe, expect, it } from 'vitest';
import { remainingSignInDelay, signInDelaySeconds, signInThrottleKeys } from './sign-in-delay';

describe('signInDelaySeconds', () => {
  it('costs nothing for the first three failures, then doubles from one second up to thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map(signInDelaySeconds)).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 30, 30, 30]);
  });
});

describe('remainingSignInDelay', () => {
  const lastAt = new Date('2026-11-26T06:00:00Z');
  it('counts down from the last failure, in whole seconds rounded up', () => {
    expect(remainingSignInDelay(6, lastAt, new Date('2026-11-26T06:00:00.500Z'))).toBe(4);
    expect(remainingSignInDelay(6, lastAt, new Date('2026-11-26T06:00:03.200Z'))).toBe(1);
    expect(remainingSignInDelay(6, lastAt, new Date('2026-11-26T06:00:04Z'))).toBe(0);
  });
  it('forgets a counter that has been quiet for an hour', () => {
    expect(remainingSignInDelay(1000, lastAt, new Date('2026-11-26T07:00:00Z'))).toBe(0);
  });
});

describe('signInThrottleKeys', () => {
  it('charges the account (as typed, normalised) and the address', () => {
    expect(signInThrottleKeys('  Eu@ZeroDraft.test ', '203.0.113.7')).toEqual(['account:eu@zerodraft.test', 'address:203.0.113.7']);
  });
});
