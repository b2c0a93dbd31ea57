export function computePercentile(samples: number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export interface Latency {
  p50: number;
  p95: number;
  count: number;
}

export function measureLatency(queries: string[], run: (query: string) => void): Latency {
  const samples: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    run(query);
    samples.push(performance.now() - start);
  }
  return { p50: computePercentile(samples, 0.5), p95: computePercentile(samples, 0.95), count: samples.length };
}

export function formatLatency({ p50, p95, count }: Latency): string {
  return `p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  (${count} queries)`;
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export function formatMemory(): string {
  collectGarbage();
  const { heapUsed, rss, arrayBuffers } = process.memoryUsage();
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  return `heap ${mb(heapUsed)}, typed arrays ${mb(arrayBuffers)}, RSS ${mb(rss)}`;
}

export function timeIt<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}
