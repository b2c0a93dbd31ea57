import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { WorkerCommand, WorkerReply } from './client-worker';
import { withCores } from './cpu-pinning';

/** The child processes bench:realtime and bench:cluster start: how to start them, talk to them and stop them. */

const here = path.dirname(fileURLToPath(import.meta.url));
const bundled = !import.meta.url.endsWith('.ts');

/** A child entry point under bench/realtime: the .ts source under tsx, or (bundled) the .mjs beside the bundle. */
export function entryCommand(name: string): string[] {
  return bundled ? [path.join(here, `${name}.mjs`)] : ['--import', 'tsx', path.join(here, `${name}.ts`)];
}

export function readFirstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}`)));
  });
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A process of simulated clients (client-worker.ts); requests are answered in order. */
export class Worker {
  private readonly child: ChildProcess;
  private waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }[] = [];

  constructor(cores: string | undefined) {
    // spawn with an IPC channel rather than fork, so that taskset can start Node on the clients' cores.
    const [command, args] = withCores(cores, process.execPath, ['--max-old-space-size=2048', ...entryCommand('client-worker')]);
    this.child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (reply: WorkerReply) => this.waiting.shift()?.resolve(reply));
    // A crashed worker fails the run instead of leaving the benchmark waiting forever.
    this.child.on('exit', (code) => {
      for (const waiter of this.waiting.splice(0)) waiter.reject(new Error(`client worker exited with ${code}`));
    });
  }

  request<E extends WorkerReply['event']>(command: WorkerCommand): Promise<Extract<WorkerReply, { event: E }>> {
    return new Promise((resolve, reject) => {
      if (this.child.exitCode !== null) return reject(new Error('client worker has exited'));
      this.waiting.push({ resolve: (reply) => resolve(reply as Extract<WorkerReply, { event: E }>), reject });
      this.child.send(command);
    });
  }

  async close(): Promise<void> {
    await Promise.race([this.request({ cmd: 'close' }), new Promise((r) => setTimeout(r, 5_000))]);
    await stopProcess(this.child);
  }

  get pid(): number {
    return this.child.pid!;
  }
}
