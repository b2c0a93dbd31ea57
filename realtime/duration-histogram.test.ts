import { describe, expect, it } from 'vitest';
import { DurationHistogram } from './duration-histogram';

describe('DurationHistogram', () => {
  it('has no percentiles before the first sample, then p50 and p95 within a bucket of the samples', () => {
    const histogram = new DurationHistogram();
    expect(histogram.summarize()).toEqual({ p50: null, p95: null, count: 0 });
    for (let i = 1; i <= 100; i++) histogram.add(i);
    const { p50, p95, count } = histogram.summarize();
    expect(count).toBe(100);
    expect(p50).toBeGreaterThanOrEqual(50);
    expect(p50).toBeLessThan(50 * 1.1);
    expect(p95).toBeGreaterThanOrEqual(95);
    expect(p95).toBeLessThan(95 * 1.1);
  });

  it('keeps durations below and above its range in its end buckets', () => {
    const histogram = new DurationHistogram();
    histogram.add(0);
    histogram.add(10_000_000);
    expect(histogram.summarize().count).toBe(2);
    expect(histogram.percentile(100)).toBeGreaterThan(60_000);
  });
});
