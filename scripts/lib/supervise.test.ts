import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { superviseProcess } from './supervise.mjs';

function startNode(code: string, started: ChildProcess[]) {
  return () => {
    const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
    started.push(child);
    return child;
  };
}

const delaysIn = (logs: string[]) => logs.flatMap((line) => /in ([\d.]+) s/.exec(line)?.[1] ?? []);

describe('superviseProcess', () => {
  it('restarts a process that keeps crashing, the delay doubling up to the cap', async () => {
    const started: ChildProcess[] = [];
    const logs: string[] = [];
    const supervised = superviseProcess({
      name: 'crasher',
      start: startNode('process.exit(3)', started),
      log: (line) => logs.push(line),
      initialDelayMs: 10,
      maxDelayMs: 40,
    });
    await vi.waitFor(() => expect(delaysIn(logs).length).toBeGreaterThanOrEqual(5), { timeout: 20_000, interval: 20 });
    await supervised.stop();
    expect(delaysIn(logs).slice(0, 5)).toEqual(['0.01', '0.02', '0.04', '0.04', '0.04']);
    expect(logs.find((line) => line.includes('✗'))).toContain('The crasher exited with code 3. Restarting it in 0.01 s');
  });

  it('restarts a killed process and starts again from the shortest delay after a run that lasted', async () => {
    const started: ChildProcess[] = [];
    const logs: string[] = [];
    const supervised = superviseProcess({
      name: 'server',
      start: startNode('setInterval(() => {}, 1000)', started),
      log: (line) => logs.push(line),
      initialDelayMs: 10,
      stableAfterMs: 0,
    });
    for (let run = 1; run <= 3; run += 1) {
      await vi.waitFor(() => expect(started.length).toBe(run), { timeout: 10_000, interval: 10 });
      const child = started[run - 1]!;
      if (child.pid === undefined) await once(child, 'spawn');
      child.kill('SIGKILL');
    }
    await vi.waitFor(() => expect(started.length).toBe(4), { timeout: 10_000, interval: 10 });
    await supervised.stop();
    expect(logs.filter((line) => line.includes('✗'))).toEqual([
      expect.stringContaining('The server was killed by SIGKILL. Restarting it in 0.01 s'),
      expect.stringContaining('in 0.01 s'),
      expect.stringContaining('in 0.01 s'),
    ]);
  });

  it('stop ends the process and does not restart it', async () => {
    const started: ChildProcess[] = [];
    const logs: string[] = [];
    const supervised = superviseProcess({
      name: 'server',
      start: startNode('setInterval(() => {}, 1000)', started),
      log: (line) => logs.push(line),
    });
    if (supervised.child.pid === undefined) await once(supervised.child, 'spawn');
    await supervised.stop();
    expect(supervised.child.signalCode).toBe('SIGTERM');
    expect(started).toHaveLength(1);
    expect(logs).toEqual([]);
  });
});
