import { type ChildProcessByStdio, spawn } from 'node:child_process';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface BackupWriter {
  /** How many ticks the writer reported so far. */
  ticks(): number;
  /** Resolves once the writer has reported at least `count` ticks (rejects if it dies first). */
  waitForTicks(count: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts test-support/run-backup-writer.ts against a database (a DATABASE_URL; its draft must have a lease row). */
export function startBackupWriter(url: string, draftId: string): BackupWriter {
  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'run-backup-writer.ts'), url, draftId],
    { cwd: path.resolve(here, '..'), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let ticks = 0;
  let output = '';
  let exited = false;
  const waiters: (() => void)[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    for (const match of chunk.toString().matchAll(/tick (\d+)/g)) ticks = Math.max(ticks, Number(match[1]));
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = true;
      for (const wake of waiters.splice(0)) wake();
      resolve(code);
    }),
  );
  return {
    ticks: () => ticks,
    async waitForTicks(count) {
      while (ticks < count) {
        if (exited) throw new Error(`The writer exited after ${ticks} ticks:\n${output}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    async stop() {
      child.stdin.end();
      const code = await exit;
      if (code !== 0) throw new Error(`The writer failed (${code}):\n${output}`);
    },
  };
}
