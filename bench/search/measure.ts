export function computePercentile(samples: number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export interface Latency {
  p50: number;
  p95: number;
  /** Same percentiles in CPU time of this process, which other load on the machine barely moves. */
  cpuP50: number;
  cpuP95: number;
  count: number;
}

export function measureLatency(queries: string[], run: (query: string) => void): Latency {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const query of queries) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run(query);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    p50: computePercentile(wall, 0.5),
    p95: computePercentile(wall, 0.95),
    cpuP50: computePercentile(cpu, 0.5),
    cpuP95: computePercentile(cpu, 0.95),
    count: wall.length,
  };
}

export function formatLatency({ p50, p95, cpuP50, cpuP95, count }: Latency): string {
  return `p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  [CPU p50 ${cpuP50.toFixed(2)}  p95 ${cpuP95.toFixed(2)}]  (${count} queries)`;
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
