import { spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { askHaproxy, readServerStates, startHaproxy, writeHaproxyConfig } from '@/scripts/lib/haproxy-config.mjs';
import { findFreePort } from '@/scripts/lib/ports.mjs';
import { startRealtimeNode, type RealtimeNode } from './realtime-node';

/** Whether the `haproxy` program is on this machine (CI installs it; .ci/run). */
export const haproxyInstalled = spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).error === undefined;

export interface RealtimeCluster {
  /** HAProxy's port: where clients and the web app's server-to-server calls go. */
  port: number;
  nodeIds: string[];
  /** The node process running now under that id (a new one after `restart`). */
  node(nodeId: string): RealtimeNode;
  /** SIGKILL, as a crash would. */
  kill(nodeId: string): Promise<void>;
  /** Starts the node again under the same id at the same port, and waits until HAProxy counts it in. */
  restart(nodeId: string): Promise<RealtimeNode>;
  /** HAProxy's view of each node: UP, DOWN, … */
  readStates(): Promise<Map<string, string>>;
  /** The stick table: room (`draft-<id>`) → the node HAProxy sends it to. */
  readRoutes(): Promise<Map<string, string>>;
  /** Asks HAProxy (a plain request through it) where the draft's room goes; that node is remembered from then on. */
  routeOf(draftId: string): Promise<string>;
  /** Everything the nodes and HAProxy wrote, for a failure message. */
  readonly log: string;
  /** Stops HAProxy and kills every node; safe to call twice and after a failed start. */
  dispose(): Promise<void>;
}

export interface RealtimeClusterOptions {
  /** The database the nodes share, as a DATABASE_URL. */
  databaseUrl: string;
  size: number;
  timing?: Record<string, number>;
}

const started = new Set<ChildProcess>();
// However the test process ends, nothing it started keeps running.
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * HAProxy (configuration from scripts/lib/haproxy-config.mjs, on free loopback ports, in a folder of its own)
 * in front of `size` realtime nodes over one database, ids `node-1` …, each at a fixed port so a restart
 * comes back at the same address. Resolves once HAProxy counts every node in.
 */
export async function startRealtimeCluster(options: RealtimeClusterOptions): Promise<RealtimeCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zd-haproxy-'));
  const nodeIds = Array.from({ length: options.size }, (_, index) => `node-${index + 1}`);
  const ports = new Map<string, number>();
  const nodes = new Map<string, RealtimeNode>();
  let haproxy: ChildProcess | undefined;
  let haproxyLog = '';
  let disposed = false;

  const launch = async (nodeId: string) => {
    const node = await startRealtimeNode({ databaseUrl: options.databaseUrl, nodeId, port: ports.get(nodeId), timing: options.timing });
    started.add(node.child);
    node.child.once('exit', () => started.delete(node.child));
    nodes.set(nodeId, node);
    return node;
  };
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    await Promise.all([...nodes.values()].map((node) => node.kill()));
    if (haproxy && haproxy.exitCode === null && haproxy.signalCode === null) {
      const exited = once(haproxy, 'exit');
      haproxy.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const readStates = () => readServerStates(dir);
  const readRoutes = async () => {
    const routes = new Map<string, string>();
    for (const match of (await askHaproxy(dir, 'show table realtime_nodes')).matchAll(/key=(\S+) .*server_key=(\S+)/g)) {
      routes.set(match[1]!, match[2]!);
    }
    return routes;
  };

  try {
    for (const nodeId of nodeIds) ports.set(nodeId, await findFreePort());
    const port = await findFreePort();
    await Promise.all(nodeIds.map(launch));
    const configFile = writeHaproxyConfig({
      bind: { host: '127.0.0.1', port },
      nodes: nodeIds.map((name) => ({ name, host: '127.0.0.1', port: ports.get(name)! })),
      dir,
    });
    haproxy = await startHaproxy({ configFile, dir });
    started.add(haproxy);
    haproxy.stdout?.on('data', (chunk: Buffer) => (haproxyLog += chunk.toString()));
    haproxy.stderr?.on('data', (chunk: Buffer) => (haproxyLog += chunk.toString()));
    const running = haproxy;
    running.once('exit', (code) => {
      started.delete(running);
      if (!disposed) haproxyLog += `\nHAProxy exited (${code}).`;
    });
    await waitFor('HAProxy to count every node in', async () => {
      if (running.exitCode !== null) throw new Error(`HAProxy stopped:\n${haproxyLog}`);
      const states = await readStates();
      return nodeIds.every((nodeId) => states.get(nodeId) === 'UP');
    });

    return {
      port,
      nodeIds,
      node(nodeId) {
        const node = nodes.get(nodeId);
        if (!node) throw new Error(`No node ${nodeId}.`);
        return node;
      },
      kill: (nodeId) => nodes.get(nodeId)!.kill(),
      async restart(nodeId) {
        const node = await launch(nodeId);
        await waitFor(`HAProxy to count ${nodeId} in again`, async () => (await readStates()).get(nodeId) === 'UP');
        return node;
      },
      readStates,
      readRoutes,
      async routeOf(draftId) {
        // Any request for the room is hashed (or stuck) like its socket; the node answers 426, HAProxy remembers where it went.
        await fetch(`http://127.0.0.1:${port}/draft-${draftId}`);
        const route = (await readRoutes()).get(`draft-${draftId}`);
        if (!route) throw new Error(`HAProxy has no route for draft-${draftId}.`);
        return route;
      },
      get log() {
        return [...nodes.values()].map((node) => node.log).join('') + haproxyLog;
      },
      dispose,
    };
  } catch (error) {
    await dispose();
    throw new Error(`The realtime cluster did not start: ${(error as Error).message}\n${haproxyLog}`);
  }
}
