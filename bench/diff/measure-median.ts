/**
 * Median wall-clock and CPU time of `runs` calls, after untimed warm-up calls that let the JIT settle.
 * CPU time is reported too because the benchmark often shares the machine:
 * wall time then includes waiting for a core.
 */

const WARM_UP_RUNS = 5;

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

export function measureMedian(runs: number, task: () => void): Timing {
  for (let warmUp = 0; warmUp < WARM_UP_RUNS; warmUp += 1) task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    task();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: computeMedian(wall), cpuMs: computeMedian(cpu) };
}

function computeMedian(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
