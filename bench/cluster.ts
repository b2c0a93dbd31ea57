/**
 * Cluster benchmark: realtime nodes (three by default) behind HAProxy (a draft's clients meet on one node: its room
 * path is hashed), over PostgreSQL (a private, durable cluster) or, where PostgreSQL is not installed, one SQLite
 * file. Many drafts, each with its clients and one typist. Prints p95 join and propagation, then kills one node
 * (SIGKILL) mid-typing and prints how long every client of its drafts took to be synced again (its provider synced
 * AND the first keystroke its typist typed after the kill reached it), how many acknowledged keystrokes were lost,
 * and what the durable log cost per accepted batch (each node's /health logAppendMs). Loopback only.
 *
 *   tsx bench/cluster.ts [--drafts 300] [--clients-per-draft 10] [--quick] [--nodes 3] [--duration 10]
 *     [--store postgresql|sqlite] [--server-cpus 0/1/2 --client-cpus 3-15] [--workers N] [--join-timeout 60]
 *
 * --server-cpus: one core list for every node, or one per node separated by '/'; HAProxy and PostgreSQL run
 * where they like. --client-cpus: the client workers and this process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as Y from 'yjs';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { startHaproxy, readServerStates, writeHaproxyConfig } from '@/scripts/lib/haproxy-config.mjs';
import { findFreePort } from '@/scripts/lib/ports.mjs';
import { startPostgresCluster, type PostgresCluster } from '@/scripts/lib/postgres-cluster.mjs';
import { findPostgresBinaries } from '@/scripts/lib/postgres-programs.mjs';
import { createPrismaClient } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/database-url';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { benchNegotiationId } from './realtime/bench-draft';
import { readFirstLine, stopProcess, Worker } from './realtime/child-processes';
import type { TypistCheck } from './realtime/client-worker';
import { describeMachineCores, pinProcess, readAllowedCores, readCpuList, withCores } from './realtime/cpu-pinning';
import { LatencyHistogram, readPercentile, readSharedClock } from './realtime/stats';

process.setMaxListeners(0);
const here = path.dirname(fileURLToPath(import.meta.url));
const secret = 'bench-secret-not-for-production-0123456789';

interface Options {
  drafts: number;
  clientsPerDraft: number;
  nodes: number;
  durationMs: number;
  intervalMs: number;
  store: 'postgresql' | 'sqlite';
  nodeCpus: (string | undefined)[];
  clientCpus?: string;
  workers?: number;
  joinTimeoutMs: number;
}

/** PostgreSQL's server programs, found where the private clusters look for them. */
function hasPostgres(): boolean {
  return findPostgresBinaries() !== null;
}

function readOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const quick = argv.includes('--quick');
  const count = (flag: string, fallback: number) => {
    const n = Number(value(flag) ?? fallback);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a whole number of at least 1; got "${value(flag)}".`);
    return n;
  };
  const nodes = count('--nodes', 3);
  if (nodes < 2) throw new Error('--nodes: a cluster needs at least 2 nodes (one is killed).');
  const store = value('--store') ?? (hasPostgres() ? 'postgresql' : 'sqlite');
  if (store !== 'postgresql' && store !== 'sqlite') throw new Error(`--store takes postgresql or sqlite; got "${store}".`);
  const serverCpus = value('--server-cpus');
  const perNode = serverCpus?.split('/') ?? [];
  for (const list of perNode) readCpuList(list, '--server-cpus');
  if (perNode.length > 1 && perNode.length !== nodes)
    throw new Error(`--server-cpus names ${perNode.length} core lists for ${nodes} nodes.`);
  const clientCpus = value('--client-cpus');
  if (clientCpus) readCpuList(clientCpus, '--client-cpus');
  const workers = value('--workers');
  return {
    drafts: count('--drafts', quick ? 12 : 300),
    clientsPerDraft: count('--clients-per-draft', quick ? 5 : 10),
    nodes,
    durationMs: Number(value('--duration') ?? (quick ? 5 : 10)) * 1000,
    intervalMs: Number(value('--interval') ?? 300),
    store,
    nodeCpus: Array.from({ length: nodes }, (_, i) => perNode[perNode.length === 1 ? 0 : i]),
    ...(clientCpus ? { clientCpus } : {}),
    ...(workers ? { workers: Math.max(1, Number(workers)) } : {}),
    joinTimeoutMs: Number(value('--join-timeout') ?? 60) * 1000,
  };
}

let participantCount = 0;
function createToken(draftId: string): string {
  const n = participantCount++;
  return signRealtimeToken(
    { userId: `bench-${n}`, draftId, negotiationId: benchNegotiationId, role: 'delegate', delegationCode: `D${n % 60}`, readOnly: false },
    secret,
    3_600,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Database {
  url: string;
  note: string;
  postgres?: PostgresCluster;
  dispose(): Promise<void>;
}

async function openDatabase(options: Options): Promise<Database> {
  if (options.store === 'postgresql') {
    const postgres = await startPostgresCluster({ durable: true });
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    const url = new URL(postgres.url);
    url.pathname = '/bench';
    return {
      url: url.toString(),
      note: 'PostgreSQL 15, private cluster on loopback, fsync and synchronous commit on',
      postgres,
      dispose: async () => postgres.stop(),
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-bench-cluster-'));
  console.log('Note: PostgreSQL is not installed (or --store sqlite): the nodes share one SQLite file, which serialises their writes.');
  return {
    url: `file:${path.join(dir, 'bench.db')}`,
    note: 'SQLite file shared by the nodes (WAL)',
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function makeDrafts(url: string, count: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'cluster', 'make-drafts.ts'), url, String(count)], {
    cwd: path.join(here, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { draftIds } = JSON.parse(await readFirstLine(child, 'making the drafts')) as { draftIds: string[] };
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  return draftIds;
}

interface Node {
  nodeId: string;
  port: number;
  child: ChildProcess;
}

async function startNode(nodeId: string, port: number, databaseUrl: string, warmDraft: string, cores: string | undefined): Promise<Node> {
  const [command, args] = withCores(cores, process.execPath, ['--import', 'tsx', path.join(here, 'cluster', 'cluster-node.ts')]);
  const child = spawn(command, args, {
    cwd: path.join(here, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      BENCH_SECRET: secret,
      BENCH_DATABASE_URL: databaseUrl,
      BENCH_NODE_ID: nodeId,
      BENCH_PORT: String(port),
      BENCH_WARM_DRAFT: warmDraft,
    },
  });
  await readFirstLine(child, `node ${nodeId}`);
  return { nodeId, port, child };
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await sleep(50);
  }
}

interface LogAppendFigures {
  p50: number | null;
  p95: number | null;
  count: number;
}

async function readLogAppend(node: Node): Promise<LogAppendFigures | null> {
  try {
    const body = (await (await fetch(`http://127.0.0.1:${node.port}/health`)).json()) as { logAppendMs?: LogAppendFigures };
    return body.logAppendMs ?? null;
  } catch {
    return null;
  }
}

function formatMs(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : `${Math.round(value)}`;
}

function verdict(met: boolean): string {
  return met ? 'met' : 'NOT met';
}

async function runBenchmark(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (options.clientCpus) pinProcess(process.pid, options.clientCpus);
  const total = options.drafts * options.clientsPerDraft;
  console.log(
    `Cluster benchmark: ${options.nodes} realtime nodes behind HAProxy; ${options.drafts} drafts × ${options.clientsPerDraft} clients ` +
      `(${total} clients), one typist per draft, one keystroke every ${options.intervalMs} ms, ${options.durationMs / 1000} s of typing; ` +
      `20% of clients move their cursor every second.\nMachine: ${describeMachineCores()}; Node ${process.version}.`,
  );
  const database = await openDatabase(options);
  const nodes: Node[] = [];
  const workers: Worker[] = [];
  let haproxy: ChildProcess | undefined;
  const haproxyDir = mkdtempSync(path.join(tmpdir(), 'zero-draft-bench-haproxy-'));
  const db = createPrismaClient(resolveDatabase(database.url));
  try {
    console.log(`Store: ${database.note}.`);
    const ids = await makeDrafts(database.url, options.drafts + options.nodes);
    const warmDrafts = ids.slice(0, options.nodes);
    const draftIds = ids.slice(options.nodes);
    const ports = await Promise.all(Array.from({ length: options.nodes }, () => findFreePort()));
    for (let i = 0; i < options.nodes; i++) {
      nodes.push(await startNode(`node-${i + 1}`, ports[i]!, database.url, warmDrafts[i]!, options.nodeCpus[i]));
    }
    const port = await findFreePort();
    const configFile = writeHaproxyConfig({
      bind: { host: '127.0.0.1', port },
      nodes: nodes.map((node) => ({ name: node.nodeId, host: '127.0.0.1', port: node.port })),
      dir: haproxyDir,
      // The generator's checks (1 s apart, out after 3 failures): tighter ones count loaded-but-alive nodes out and move
      // their drafts. A dead node's clients do not wait for them: its sockets close at once, and a reconnect that
      // finds it refusing is sent to another node (retries with redispatch).
    });
    haproxy = await startHaproxy({ configFile, dir: haproxyDir, stdio: ['ignore', 'ignore', 'inherit'] });
    await waitUntil('HAProxy to count every node in', async () => {
      const states = await readServerStates(haproxyDir);
      return nodes.every((node) => states.get(node.nodeId) === 'UP');
    });
    const url = `ws://127.0.0.1:${port}`;

    const workerCount = options.workers ?? Math.min(6, Math.max(1, Math.ceil(total / 250)));
    for (let i = 0; i < workerCount; i++) workers.push(new Worker(options.clientCpus));
    // Whole drafts per worker, so each worker can judge its rooms alone.
    const roomsOf = workers.map((_, w) =>
      draftIds
        .filter((_, d) => d % workerCount === w)
        .map((draftId) => ({
          room: `draft-${draftId}`,
          tokens: Array.from({ length: options.clientsPerDraft }, () => createToken(draftId)),
        })),
    );
    await sleep(1_500);
    const postmaster = database.postgres
      ? readFileSync(path.join(database.postgres.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]
      : undefined;
    console.log(
      `  cores: ${nodes.map((node) => `${node.nodeId} pid ${node.child.pid} on ${readAllowedCores(node.child.pid!)}`).join('; ')}; ` +
        `HAProxy on ${readAllowedCores(haproxy.pid!)}${postmaster ? `; PostgreSQL on ${readAllowedCores(Number(postmaster))}` : ''}; ` +
        `${workers.length} client workers on ${[...new Set(workers.map((worker) => readAllowedCores(worker.pid)))].join(' / ')}; ` +
        `orchestrator on ${readAllowedCores(process.pid)} (machine: ${cpus().length} cores)`,
    );

    // Join: every client at once.
    const joinStarted = performance.now();
    const joined = await Promise.all(
      workers.map((worker, w) =>
        worker.request<'joined'>({ cmd: 'join-rooms', url, rooms: roomsOf[w]!, timeoutMs: options.joinTimeoutMs }),
      ),
    );
    const joinAllMs = performance.now() - joinStarted;
    const syncMs = joined.flatMap((reply) => reply.syncMs).sort((a, b) => a - b);
    const unsynced = joined.reduce((sum, reply) => sum + reply.unsynced, 0);
    const typistReplies = await Promise.all(
      workers.map((worker) => worker.request<'typists'>({ cmd: 'typists', count: 1, perRoom: true })),
    );
    const typists = typistReplies.flatMap((reply) => reply.clientIds);
    const typistRooms: Record<string, string> = {};
    for (const reply of typistReplies)
      reply.clientIds.forEach((id, i) => {
        typistRooms[id] = reply.rooms[i]!;
      });
    await sleep(1_000);

    const runCommand = (durationMs: number) =>
      Promise.all(
        workers.map((worker) =>
          worker.request<'ran'>({
            cmd: 'run',
            typists,
            typistRooms,
            durationMs,
            intervalMs: options.intervalMs,
            cursorEveryMs: 1_000,
            moverShare: 0.2,
          }),
        ),
      );
    const merge = (ran: { sendTimes: Record<string, number[]> }[]) =>
      Object.assign({}, ...ran.map((reply) => reply.sendTimes)) as Record<string, number[]>;

    // Steady typing.
    const steady = merge(await runCommand(options.durationMs));
    await sleep(2_000);
    const collected = await Promise.all(workers.map((worker) => worker.request<'collected'>({ cmd: 'collect', sendTimes: steady })));
    const propagation = new LatencyHistogram();
    for (const reply of collected) propagation.merge({ counts: reply.histogram });
    const expected = collected.reduce((sum, reply) => sum + reply.expected, 0);
    const received = collected.reduce((sum, reply) => sum + reply.received, 0);
    const logAppend = await Promise.all(nodes.map(readLogAppend));
    const leases = await db.draftLease.findMany({ where: { draftId: { in: draftIds } } });
    const perNode = nodes.map((node) => leases.filter((lease) => lease.nodeId === node.nodeId).length);

    console.log(
      `\nsteady: join p50/p95/all ${formatMs(readPercentile(syncMs, 50))}/${formatMs(readPercentile(syncMs, 95))}/${formatMs(joinAllMs)} ms, ` +
        `unsynced ${unsynced} | propagation p50/p95/p99 ${formatMs(propagation.percentile(50))}/${formatMs(propagation.percentile(95))}/` +
        `${formatMs(propagation.percentile(99))} ms | deliveries ${received}/${expected} | drafts per node ${perNode.join('/')}`,
    );
    console.log(
      `  log append per accepted batch (node /health logAppendMs, p50/p95 ms, batches): ${nodes
        .map((node, i) => `${node.nodeId} ${logAppend[i]?.p50 ?? '—'}/${logAppend[i]?.p95 ?? '—'} (${logAppend[i]?.count ?? 0})`)
        .join('; ')}`,
    );

    // Failover: typing goes on; one node (the one holding the most drafts) is killed 2 s in.
    const victim = nodes[perNode.indexOf(Math.max(...perNode))]!;
    const affectedRooms = leases.filter((lease) => lease.nodeId === victim.nodeId).map((lease) => `draft-${lease.draftId}`);
    const failoverRun = runCommand(Math.max(10_000, options.durationMs));
    await sleep(2_000);
    const killedAt = readSharedClock();
    victim.child.kill('SIGKILL');
    const during = merge(await failoverRun);
    await sleep(3_000);
    const recovered = await Promise.all(
      workers.map((worker) => worker.request<'recovered'>({ cmd: 'recover', killedAt, rooms: affectedRooms, sendTimes: during })),
    );
    const recoveryMs = recovered.flatMap((reply) => reply.recoveryMs).sort((a, b) => a - b);
    const never = recovered.reduce((sum, reply) => sum + reply.never, 0);

    // Lost: keystrokes that reached another client but are missing from some client or from the database.
    // Clients still catching up are waited for (30 s at most); what is missing after that counts as lost.
    const verify = async () =>
      (await Promise.all(workers.map((worker) => worker.request<'verified'>({ cmd: 'verify' })))).flatMap((reply) => reply.typists);
    let checks: TypistCheck[] = await verify();
    const verifyDeadline = Date.now() + 30_000;
    while (checks.some((check) => check.fewestHeld < check.acknowledged) && Date.now() < verifyDeadline) {
      await sleep(500);
      checks = await verify();
    }
    const persistence = createPrismaDraftPersistence(db);
    let acknowledged = 0;
    let lostInClients = 0;
    let lostInDatabase = 0;
    for (const check of checks) {
      const stored = await persistence.load(check.room.slice('draft-'.length));
      const doc = new Y.Doc();
      if (stored) {
        Y.applyUpdate(doc, stored.state);
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      }
      acknowledged += check.acknowledged;
      lostInClients += Math.max(0, check.acknowledged - check.fewestHeld);
      lostInDatabase += Math.max(0, check.acknowledged - Y.getState(doc.store, check.clientId));
      doc.destroy();
    }
    const affectedClients = affectedRooms.length * options.clientsPerDraft;
    console.log(
      `\nfailover: killed ${victim.nodeId} (held ${affectedRooms.length} drafts, ${affectedClients} clients) | synced again p50/p95/max ` +
        `${formatMs(readPercentile(recoveryMs, 50))}/${formatMs(readPercentile(recoveryMs, 95))}/${formatMs(recoveryMs.at(-1))} ms, ` +
        `never ${never} | acknowledged keystrokes ${acknowledged}, lost: in some client ${lostInClients}, in the database ${lostInDatabase}`,
    );
    const joinP95 = readPercentile(syncMs, 95);
    const propagationP95 = propagation.percentile(95);
    const recoveryMax = recoveryMs.at(-1) ?? Number.NaN;
    console.log(
      `\ntargets: propagation p95 < 100 ms ${verdict(propagationP95 < 100)} (${formatMs(propagationP95)}); ` +
        `join p95 < 2 s ${verdict(joinP95 < 2_000 && unsynced === 0)} (${formatMs(joinP95)}); ` +
        `every affected client synced again < 3 s ${verdict(never === 0 && recoveryMax < 3_000)} (max ${formatMs(recoveryMax)}); ` +
        `0 keystrokes lost ${verdict(lostInClients + lostInDatabase === 0)}`,
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
    await Promise.all(nodes.map((node) => stopProcess(node.child)));
    if (haproxy) await stopProcess(haproxy);
    await db.$disconnect();
    rmSync(haproxyDir, { recursive: true, force: true });
    await database.dispose();
  }
}

runBenchmark().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
