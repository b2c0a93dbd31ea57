import { describe, expect, it } from 'vitest';
import { stemWord } from './stem-word';

describe('stemWord', () => {
  it('brings inflected forms to one key', () => {
    expect(stemWord('fosters')).toBe('foster');
    expect(stemWord('fostered')).toBe('foster');
    expect(stemWord('trafficked')).toBe('traffick');
    expect(stemWord('trafficking')).toBe('traffick');
    expect(stemWord('countries')).toBe(stemWord('country'));
    expect(stemWord('exploitation')).toBe(stemWord('exploited'));
    expect(stemWord('victims')).toBe('victim');
  });

  it('leaves short words and numbers alone', () => {
    expect(stemWord('is')).toBe('is');
    expect(stemWord('2010')).toBe('2010');
  });
});
