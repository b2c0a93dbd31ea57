import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * Pinning the server and the simulated clients to separate cores with
 * taskset(1), so that on a many-core machine the clients stop competing with
 * the server for its cores (Linux only).
 */

const cpuListPattern = /^\d+(-\d+)?(,\d+(-\d+)?)*$/;

/** The cores of a list such as "0-1" or "2,4-7"; a clear message for anything else. */
export function readCpuList(text: string, flag: string): number[] {
  if (!cpuListPattern.test(text)) throw new Error(`${flag} takes a core list such as 0-1 or 2,4-7; got "${text}".`);
  const cores = new Set<number>();
  for (const part of text.split(',')) {
    const [first, last = first] = part.split('-').map(Number) as [number, number?];
    if (last! < first) throw new Error(`${flag}: the range ${part} runs backwards.`);
    for (let core = first; core <= last!; core++) cores.add(core);
  }
  const available = os.cpus().length;
  const missing = [...cores].filter((core) => core >= available);
  if (missing.length > 0) throw new Error(`${flag} names core ${missing[0]}, but this machine has cores 0-${available - 1}.`);
  return [...cores].sort((a, b) => a - b);
}

/** The command that starts `file args` on these cores, or as it is when no cores are given. */
export function withCores(cores: string | undefined, file: string, args: string[]): [string, string[]] {
  return cores ? ['taskset', ['-c', cores, file, ...args]] : [file, args];
}

/** Moves a running process, every thread of it, onto these cores. */
export function pinProcess(pid: number, cores: string): void {
  const result = spawnSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { encoding: 'utf8' });
  if (result.error) throw new Error(`taskset could not be run (${result.error.message}); it comes with util-linux.`);
  if (result.status !== 0) throw new Error(`taskset could not pin process ${pid} to cores ${cores}: ${result.stderr.trim()}`);
}

/** The cores a process may run on, as the kernel reports them (Cpus_allowed_list). */
export function readAllowedCores(pid: number): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return /Cpus_allowed_list:\s*(\S+)/.exec(status)?.[1] ?? '?';
  } catch {
    return '?';
  }
}

export function describeMachineCores(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown model'}), this process allowed ${readAllowedCores(process.pid)}`;
}
