import { readFileSync } from 'node:fs';

/** Latencies in whole milliseconds; merging histograms is cheaper than shipping every sample between processes. */
export class LatencyHistogram {
  readonly counts: number[];

  constructor(
    readonly maxMs = 10_000,
    counts?: number[],
  ) {
    this.counts = counts ?? new Array<number>(maxMs + 1).fill(0);
  }

  add(ms: number): void {
    this.counts[Math.max(0, Math.min(this.maxMs, Math.round(ms)))]! += 1;
  }

  merge(other: { counts: number[] }): void {
    other.counts.forEach((count, index) => {
      this.counts[index]! += count;
    });
  }

  get total(): number {
    return this.counts.reduce((sum, count) => sum + count, 0);
  }

  countAbove(ms: number): number {
    return this.counts.slice(ms + 1).reduce((sum, count) => sum + count, 0);
  }

  percentile(p: number): number {
    const total = this.total;
    if (total === 0) return Number.NaN;
    const rank = Math.ceil((p / 100) * total);
    let seen = 0;
    for (let index = 0; index < this.counts.length; index++) {
      seen += this.counts[index]!;
      if (seen >= rank) return index;
    }
    return this.maxMs;
  }
}

export function readPercentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface ProcessUsage {
  /** User + system CPU time, milliseconds. */
  cpuMs: number;
  rssMb: number;
  peakRssMb: number;
}

/** Linux only: reads another process's CPU time and memory from /proc. */
export function readProcessUsage(pid: number): ProcessUsage {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime), counted from after the command name; 100 ticks a second on Linux.
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const readKb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { cpuMs: ticks * 10, rssMb: readKb('VmRSS') / 1024, peakRssMb: readKb('VmHWM') / 1024 };
}

/** Milliseconds on a clock shared by every process on the machine. */
export function readSharedClock(): number {
  return performance.timeOrigin + performance.now();
}
