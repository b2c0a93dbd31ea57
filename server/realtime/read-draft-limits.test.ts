import { describe, expect, it } from 'vitest';
import { defaultDraftLimits } from '@/lib/limits/draft-limits';
import { readDraftLimits } from './read-draft-limits';

describe('readDraftLimits', () => {
  it('uses the defaults when nothing is set, and the variables when they are', () => {
    expect(readDraftLimits({})).toEqual(defaultDraftLimits);
    expect(readDraftLimits({ ZERO_DRAFT_MAX_DRAFT_MB: '2', ZERO_DRAFT_WRITE_KB_PER_MINUTE: '6000' })).toEqual({
      maxDraftBytes: 2 * 1024 * 1024,
      writeBurstBytes: 102_400 * 30,
      writeBytesPerSecond: 102_400,
    });
  });

  it('refuses a value that is not a positive number, naming the variable', () => {
    expect(() => readDraftLimits({ ZERO_DRAFT_MAX_DRAFT_MB: 'lots' })).toThrow(/ZERO_DRAFT_MAX_DRAFT_MB must be a positive number/);
  });
});
