import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface RealtimeNode {
  port: number;
  nodeId: string;
  child: ChildProcess;
  /** What the process wrote to stderr (its log), for failure messages. */
  readonly log: string;
  signal(name: NodeJS.Signals): void;
  /** SIGKILL, as a crash would; resolves when it is gone. */
  kill(): Promise<void>;
  /** SIGTERM (saves and closes) and waits; a node already gone resolves at once. */
  stop(): Promise<void>;
}

export interface RealtimeNodeOptions {
  /** The database, as a DATABASE_URL (file:… or postgresql://…). */
  databaseUrl: string;
  nodeId: string;
  /** A fixed port lets a restarted node come back at the same address. */
  port?: number;
  timing?: Record<string, number>;
}

/** A realtime server in its own process over a database, as `npm run realtime` runs it. */
export function startRealtimeNode(options: RealtimeNodeOptions): Promise<RealtimeNode> {
  return new Promise((resolve, reject) => {
    // tsx as a loader, not its CLI: the CLI runs the script in a grandchild that SIGKILL would not reach.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'run-realtime-node.ts'), JSON.stringify(options)], {
      cwd: path.resolve(here, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    let out = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+) (\S+)\n/.exec(out);
      if (!match) return;
      resolve({
        port: Number(match[1]),
        nodeId: match[2]!,
        child,
        get log() {
          return log;
        },
        signal: (name) => child.kill(name),
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`The realtime node exited (${code}) before listening:\n${log}`)));
  });
}
