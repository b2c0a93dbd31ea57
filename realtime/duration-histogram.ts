/**
 * Durations in a fixed, small set of geometric buckets (each about 9% wider than the one before, from 10 µs to
 * about five minutes), so a process can keep a running p50/p95 of something it does thousands of times a second
 * without keeping the samples: adding is a logarithm and an increment, the memory is 200 counters.
 */
const smallestMs = 0.01;
const bucketsPerDoubling = 8;
const bucketCount = 200;

export interface DurationSummary {
  /** Milliseconds, to within a bucket's width (about 9%); null before the first sample. */
  p50: number | null;
  p95: number | null;
  count: number;
}

export class DurationHistogram {
  private readonly counts = new Array<number>(bucketCount).fill(0);
  private total = 0;

  add(ms: number): void {
    const index = ms <= smallestMs ? 0 : Math.min(bucketCount - 1, Math.ceil(Math.log2(ms / smallestMs) * bucketsPerDoubling));
    this.counts[index]! += 1;
    this.total += 1;
  }

  /** The upper edge of the bucket holding the p-th percentile. */
  percentile(p: number): number | null {
    if (this.total === 0) return null;
    const rank = Math.max(1, Math.ceil((p / 100) * this.total));
    let seen = 0;
    for (let index = 0; index < bucketCount; index++) {
      seen += this.counts[index]!;
      if (seen >= rank) return Math.round(smallestMs * 2 ** (index / bucketsPerDoubling) * 1_000) / 1_000;
    }
    return null;
  }

  summarize(): DurationSummary {
    return { p50: this.percentile(50), p95: this.percentile(95), count: this.total };
  }
}
