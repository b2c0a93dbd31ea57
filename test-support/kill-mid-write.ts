import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const childScript = path.join(here, 'run-paused-mid-write.ts');

/**
 * Runs a service in a child process that stops before the first `create` on
 * `pauseModel`, then SIGKILLs it there, as a crash or `kill -9` would.
 * Rejects if the child finishes or fails without reaching that write.
 */
export function killMidWrite(databaseUrl: string, pauseModel: string, operation: string, input: object): Promise<void> {
  return new Promise((resolve, reject) => {
    // tsx as a loader, not its CLI: the CLI runs the script in a grandchild that SIGKILL would not reach.
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, databaseUrl, pauseModel, operation, JSON.stringify(input)], {
      cwd: path.resolve(here, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let killed = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!killed && output.includes('paused\n')) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      if (killed && signal === 'SIGKILL') resolve();
      else reject(new Error(`The child ended without pausing before a ${pauseModel} write:\n${output}`));
    });
  });
}
