/**
 * Realtime benchmark: N simulated participants (real y-websocket clients in
 * child processes) on one draft, against our server and, side by side, the
 * plain @y/websocket-server reference server. Loopback only; prints figures.
 *
 *   tsx bench/realtime.ts [--sizes 100,500,1000,1500] [--quick] [--typists 50] [--duration 10]
 *     [--servers ours,ours-sqlite,reference] [--server-cpus 0-1 --client-cpus 2-15] [--workers N] [--join-timeout 60]
 *
 * --servers: 'ours' keeps drafts in memory; 'ours-sqlite' is the same server over a fresh SQLite database made
 * like the app's (migrations, a draft made by createDraft, the Prisma persistence), so the two side by side
 * show what the store costs; 'reference' is @y/websocket-server.
 * --server-cpus / --client-cpus: run the server, and the client workers and this process, on those cores
 * (taskset -c); the cores each process was allowed are read back from /proc and printed.
 *
 * Also runs bundled (bench/device/prepare.mjs): the entry points are then .mjs files beside this one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { createDraftDoc, readParagraphOrder } from '@/lib/draft';
import { benchDocument, benchNegotiationId, benchParagraphCount } from './realtime/bench-draft';
import { entryCommand, readFirstLine, stopProcess, Worker } from './realtime/child-processes';
import { describeMachineCores, pinProcess, readAllowedCores, readCpuList, withCores } from './realtime/cpu-pinning';
import { LatencyHistogram, readPercentile, readProcessUsage, type ProcessUsage } from './realtime/stats';

process.setMaxListeners(0);
const here = path.dirname(fileURLToPath(import.meta.url));
const bundled = !import.meta.url.endsWith('.ts');
const secret = 'bench-secret-not-for-production-0123456789';

interface Options {
  sizes: number[];
  typists: number;
  durationMs: number;
  intervalMs: number;
  servers: ServerKind[];
  serverCpus?: string;
  clientCpus?: string;
  clientCoreCount?: number;
  workers?: number;
  joinTimeoutMs: number;
}

const serverKinds = ['ours', 'ours-sqlite', 'reference'] as const;
type ServerKind = (typeof serverKinds)[number];

function readOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const quick = argv.includes('--quick');
  const sizes = (value('--sizes') ?? (quick ? '100,500' : '100,500,1000,1500'))
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const servers = (value('--servers') ?? 'ours,reference').split(',');
  const unknown = servers.filter((kind) => !(serverKinds as readonly string[]).includes(kind));
  if (unknown.length > 0) throw new Error(`--servers: unknown server "${unknown[0]}"; choose from ${serverKinds.join(', ')}.`);
  const serverCpus = value('--server-cpus');
  const clientCpus = value('--client-cpus');
  if (serverCpus) readCpuList(serverCpus, '--server-cpus');
  const workers = value('--workers');
  return {
    sizes,
    typists: Number(value('--typists') ?? 50),
    durationMs: Number(value('--duration') ?? (quick ? 4 : 10)) * 1000,
    // About three keystrokes a second per typist.
    intervalMs: Number(value('--interval') ?? 300),
    servers: servers as ServerKind[],
    ...(serverCpus ? { serverCpus } : {}),
    ...(clientCpus ? { clientCpus, clientCoreCount: readCpuList(clientCpus, '--client-cpus').length } : {}),
    ...(workers ? { workers: Math.max(1, Number(workers)) } : {}),
    joinTimeoutMs: Number(value('--join-timeout') ?? 60) * 1000,
  };
}

/** The benchmark draft as one server kind holds it: its id, and for ours-sqlite the database behind it. */
interface BenchDraft {
  draftId: string;
  roomName: string;
  env: Record<string, string>;
  dispose(): void;
}

/** For ours-sqlite, a fresh database per run, made in a process of its own before the server starts. */
async function prepareDraft(kind: ServerKind): Promise<BenchDraft> {
  if (kind !== 'ours-sqlite') {
    return { draftId: 'bench', roomName: 'draft-bench', env: { BENCH_STORE: 'memory' }, dispose() {} };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-bench-'));
  const file = path.join(dir, 'bench.db');
  try {
    // The migrations are read from prisma/ under the working folder: the repository, or the bundle's folder.
    const child = spawn(process.execPath, [...entryCommand('sqlite-draft'), file], {
      cwd: path.join(here, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const { draftId } = JSON.parse(await readFirstLine(child, 'making the SQLite draft')) as { draftId: string };
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    return {
      draftId,
      roomName: `draft-${draftId}`,
      env: { BENCH_STORE: 'sqlite', BENCH_DB_FILE: file },
      dispose: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

interface ServerProcess {
  child: ChildProcess;
  port: number;
}

async function startServerProcess(kind: ServerKind, draft: BenchDraft, options: Options): Promise<ServerProcess> {
  // Node itself (not the tsx launcher; taskset execs it) so /proc figures are the server's own.
  const [command, args] = withCores(
    options.serverCpus,
    process.execPath,
    entryCommand(kind === 'reference' ? 'reference-server' : 'our-server'),
  );
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      ...draft.env,
      BENCH_SECRET: secret,
      BENCH_DRAFT_ID: draft.draftId,
      BENCH_SEED: Buffer.from(seedState).toString('base64'),
      HOST: '127.0.0.1',
    },
  });
  const line = await readFirstLine(child, `${kind} server`);
  return { child, port: (JSON.parse(line) as { port: number }).port };
}

/** One ticket per participant, as one per browser tab; people spread over delegations as in a real room. */
let participantCount = 0;
function createToken(draftId: string): string {
  const n = participantCount++;
  return signRealtimeToken(
    { userId: `bench-${n}`, draftId, negotiationId: benchNegotiationId, role: 'delegate', delegationCode: `D${n % 60}`, readOnly: false },
    secret,
    3_600,
  );
}

/** The benchmark draft; our server loads it from its store (drafts are made by the server), the reference gets it pushed. */
function createSeedState(): Uint8Array {
  const seed = createDraftDoc({
    title: benchDocument.title,
    body: benchDocument.body,
    chapeau: benchDocument.chapeau ?? '',
    paragraphs: benchDocument.paragraphs.map((paragraph) => ({ kind: paragraph.kind, text: paragraph.text })),
  });
  return Y.encodeStateAsUpdate(seed);
}
const seedState = createSeedState();

function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve(true);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        resolve(false);
      }
    }, 20);
  });
}

/** The reference server starts empty and a seeding client pushes the draft; ours has it already. Both are probed. */
async function seedDraft(url: string, kind: ServerKind, draft: BenchDraft): Promise<void> {
  const connect = (doc: Y.Doc) =>
    new WebsocketProvider(url, draft.roomName, doc, {
      params: { token: createToken(draft.draftId) },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
  const seeder = kind === 'reference' ? connect(new Y.Doc()) : undefined;
  if (seeder) {
    await waitFor(() => seeder.synced, 10_000);
    Y.applyUpdate(seeder.doc, seedState);
  }
  const probeDoc = new Y.Doc();
  const probe = connect(probeDoc);
  const ok = await waitFor(() => probe.synced && readParagraphOrder(probeDoc).length === benchParagraphCount, 10_000);
  probe.destroy();
  seeder?.destroy();
  if (!ok) throw new Error('Seeding the draft failed.');
}

interface RunResult {
  kind: ServerKind;
  size: number;
  joinP50: number;
  joinP95: number;
  joinAllMs: number;
  unsynced: number;
  propagation: LatencyHistogram;
  /** Keystrokes typed during the run; each should reach every other participant. */
  sent: number;
  expected: number;
  received: number;
  late: number;
  joinCpu: number;
  typingCpu: number;
  clientCpu: number;
  rssMb: number;
  peakRssMb: number;
}

function cpuShare(before: ProcessUsage, after: ProcessUsage, wallMs: number): number {
  return ((after.cpuMs - before.cpuMs) / wallMs) * 100;
}

/** Today's 6 workers at most on a shared machine; with cores of their own, about 150 clients per core. */
function countWorkers(size: number, options: Options): number {
  if (options.workers) return Math.min(options.workers, size);
  if (options.clientCoreCount) return Math.min(options.clientCoreCount, Math.max(1, Math.ceil(size / 150)));
  return Math.min(6, Math.max(1, Math.ceil(size / 250)));
}

/** Which cores the server, the client workers and this process were allowed, as the kernel says. */
function describeCores(server: ServerProcess, workers: Worker[]): string {
  const workerCores = [...new Set(workers.map((worker) => readAllowedCores(worker.pid)))];
  return (
    `  cores: server pid ${server.child.pid} on ${readAllowedCores(server.child.pid!)}; ` +
    `${workers.length} client workers on ${workerCores.join(' / ')}; orchestrator on ${readAllowedCores(process.pid)}`
  );
}

async function runOnce(kind: ServerKind, size: number, options: Options): Promise<RunResult> {
  const draft = await prepareDraft(kind);
  const workers: Worker[] = [];
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(kind, draft, options);
    const url = `ws://127.0.0.1:${server.port}`;
    await seedDraft(url, kind, draft);
    const workerCount = countWorkers(size, options);
    for (let i = 0; i < workerCount; i++) workers.push(new Worker(options.clientCpus));
    const shares = workers.map((_, i) => Math.floor(size / workerCount) + (i < size % workerCount ? 1 : 0));
    // Give the workers a moment to load their modules so the join is simultaneous.
    await new Promise((r) => setTimeout(r, 1_500));
    console.log(describeCores(server, workers));

    const joinStarted = performance.now();
    const beforeJoin = readProcessUsage(server.child.pid!);
    const joined = await Promise.all(
      workers.map((worker, i) =>
        worker.request<'joined'>({
          cmd: 'join',
          url,
          room: draft.roomName,
          tokens: Array.from({ length: shares[i]! }, () => createToken(draft.draftId)),
          count: shares[i]!,
          timeoutMs: options.joinTimeoutMs,
        }),
      ),
    );
    const joinAllMs = performance.now() - joinStarted;
    const afterJoin = readProcessUsage(server.child.pid!);
    const syncMs = joined.flatMap((reply) => reply.syncMs).sort((a, b) => a - b);

    const typistTotal = Math.min(options.typists, size);
    const typistShares = shares.map((share) => Math.min(share, Math.round((typistTotal * share) / size)));
    const typistReplies = await Promise.all(
      workers.map((worker, i) => worker.request<'typists'>({ cmd: 'typists', count: typistShares[i]! })),
    );
    const typists = typistReplies.flatMap((reply) => reply.clientIds);
    // Let the join's presence traffic settle so the typing phase measures typing.
    await new Promise((r) => setTimeout(r, 1_000));

    const beforeTyping = readProcessUsage(server.child.pid!);
    const typingStarted = performance.now();
    const ran = await Promise.all(
      workers.map((worker) =>
        worker.request<'ran'>({
          cmd: 'run',
          typists,
          durationMs: options.durationMs,
          intervalMs: options.intervalMs,
          cursorEveryMs: 1_000,
          moverShare: 0.2,
        }),
      ),
    );
    const afterTyping = readProcessUsage(server.child.pid!);
    const typingWall = performance.now() - typingStarted;
    // Updates still in flight are waited for; whatever has not arrived by then counts as lost.
    await new Promise((r) => setTimeout(r, 2_000));
    const sendTimes = Object.assign({}, ...ran.map((reply) => reply.sendTimes)) as Record<string, number[]>;
    const collected = await Promise.all(workers.map((worker) => worker.request<'collected'>({ cmd: 'collect', sendTimes })));
    const propagation = new LatencyHistogram();
    for (const reply of collected) propagation.merge({ counts: reply.histogram });
    const expected = collected.reduce((sum, reply) => sum + reply.expected, 0);
    const received = collected.reduce((sum, reply) => sum + reply.received, 0);
    return {
      kind,
      size,
      joinP50: readPercentile(syncMs, 50),
      joinP95: readPercentile(syncMs, 95),
      joinAllMs,
      unsynced: joined.reduce((sum, reply) => sum + reply.unsynced, 0),
      propagation,
      sent: Object.values(sendTimes).reduce((sum, times) => sum + times.filter((time) => !Number.isNaN(time)).length, 0),
      expected,
      received,
      late: propagation.countAbove(1_000),
      joinCpu: cpuShare(beforeJoin, afterJoin, joinAllMs),
      typingCpu: cpuShare(beforeTyping, afterTyping, typingWall),
      clientCpu: (ran.reduce((sum, reply) => sum + reply.cpuMs, 0) / typingWall) * 100,
      rssMb: afterTyping.rssMb,
      peakRssMb: afterTyping.peakRssMb,
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
    if (server) await stopProcess(server.child);
    draft.dispose();
  }
}

function formatMs(value: number): string {
  return Number.isNaN(value) ? '—' : `${Math.round(value)}`;
}

function printResult(result: RunResult): void {
  const lost = result.expected - result.received;
  console.log(
    [
      result.kind.padEnd(11),
      `join p50/p95/all ${formatMs(result.joinP50)}/${formatMs(result.joinP95)}/${formatMs(result.joinAllMs)} ms`,
      `unsynced ${result.unsynced}`,
      `propagation p50/p95/p99 ${formatMs(result.propagation.percentile(50))}/${formatMs(result.propagation.percentile(95))}/${formatMs(result.propagation.percentile(99))} ms`,
      `keystrokes ${result.sent}, deliveries ${result.received}/${result.expected} (lost ${lost}, late>1s ${result.late})`,
      `server CPU join ${result.joinCpu.toFixed(0)}% typing ${result.typingCpu.toFixed(0)}% (clients ${result.clientCpu.toFixed(0)}%)`,
      `RSS ${result.rssMb.toFixed(0)} MB (peak ${result.peakRssMb.toFixed(0)})`,
    ].join(' | '),
  );
}

/** The issue's target: 2,000 clients in one draft with 50 typing, p95 propagation < 100 ms, p95 join < 2 s, nothing lost. */
function printTarget(result: RunResult): void {
  const propagationP95 = result.propagation.percentile(95);
  const lost = result.expected - result.received;
  const misses = [
    ...(result.joinP95 < 2_000 && result.unsynced === 0 ? [] : ['join p95 ≥ 2 s or clients never synced']),
    ...(propagationP95 < 100 ? [] : ['propagation p95 ≥ 100 ms']),
    ...(lost === 0 ? [] : [`${lost} deliveries lost`]),
  ];
  console.log(
    `  target (join p95 < 2 s, propagation p95 < 100 ms, nothing lost): ${misses.length === 0 ? 'met' : `not met (${misses.join('; ')})`}`,
  );
}

function printRatios(label: string, ours: RunResult, other: RunResult): void {
  const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');
  console.log(
    `  ${label}: join p95 ${ratio(other.joinP95, ours.joinP95)}, propagation p95 ${ratio(
      other.propagation.percentile(95),
      ours.propagation.percentile(95),
    )}, typing CPU ${ratio(other.typingCpu, ours.typingCpu)}, RSS ${ratio(other.rssMb, ours.rssMb)}`,
  );
}

async function runBenchmark(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  // The orchestrator counts as a client: it signs the tickets and gathers the figures.
  if (options.clientCpus) pinProcess(process.pid, options.clientCpus);
  const placement =
    options.serverCpus || options.clientCpus
      ? `server pinned to cores ${options.serverCpus ?? 'any'}, clients to ${options.clientCpus ?? 'any'}`
      : 'clients and server share every core';
  console.log(
    `Realtime benchmark: sizes ${options.sizes.join(', ')}; servers ${options.servers.join(', ')}; ${options.typists} typists, ` +
      `one keystroke every ${options.intervalMs} ms each, ${options.durationMs / 1000} s of typing; 20% of clients move their cursor ` +
      `every second. Loopback; ${placement}.\nMachine: ${describeMachineCores()}; Node ${process.version}${bundled ? ' (bundled)' : ''}.`,
  );
  for (const size of options.sizes) {
    console.log(`\nN = ${size}`);
    const results: Partial<Record<ServerKind, RunResult>> = {};
    for (const kind of options.servers) {
      try {
        results[kind] = await runOnce(kind, size, options);
        printResult(results[kind]!);
      } catch (error) {
        console.log(`${kind.padEnd(11)} | failed: ${(error as Error).message}`);
      }
      if (results[kind]) printTarget(results[kind]!);
    }
    if (results.ours && results.reference) printRatios('reference ÷ ours', results.ours, results.reference);
    if (results.ours && results['ours-sqlite'])
      printRatios('ours-sqlite ÷ ours (cost of the SQLite store)', results.ours, results['ours-sqlite']);
  }
}

runBenchmark().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
