/** Median wall time of `runs` calls, after one untimed warm-up call. */
export function measureMedian(runs: number, task: () => void): number {
  task();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
}
