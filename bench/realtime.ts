/**
 * Realtime benchmark: N simulated participants (real y-websocket clients in
 * child processes) on one draft, against our server and, side by side, the
 * plain @y/websocket-server reference server. Loopback only; prints figures.
 *
 *   tsx bench/realtime.ts [--sizes 100,500,1000,1500] [--quick] [--typists 50] [--duration 10] [--servers ours,reference]
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { createDraftDoc, readParagraphOrder } from '@/lib/draft';
import type { WorkerCommand, WorkerReply } from './realtime/client-worker';
import { LatencyHistogram, readPercentile, readProcessUsage, type ProcessUsage } from './realtime/stats';

process.setMaxListeners(0);
const here = path.dirname(fileURLToPath(import.meta.url));
const secret = 'bench-secret-not-for-production-0123456789';
const draftId = 'bench';
const roomName = `draft-${draftId}`;
const paragraphCount = 60;

interface Options {
  sizes: number[];
  typists: number;
  durationMs: number;
  intervalMs: number;
  servers: ServerKind[];
}

type ServerKind = 'ours' | 'reference';

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
  const servers = (value('--servers') ?? 'ours,reference').split(',').filter((s): s is ServerKind => s === 'ours' || s === 'reference');
  return {
    sizes,
    typists: Number(value('--typists') ?? 50),
    durationMs: Number(value('--duration') ?? (quick ? 4 : 10)) * 1000,
    // About three keystrokes a second per typist.
    intervalMs: Number(value('--interval') ?? 300),
    servers,
  };
}

interface ServerProcess {
  child: ChildProcess;
  port: number;
}

async function startServerProcess(kind: ServerKind): Promise<ServerProcess> {
  const file = path.join(here, 'realtime', kind === 'ours' ? 'our-server.ts' : 'reference-server.ts');
  // Node itself (not the tsx launcher) so /proc figures are the server's own.
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_SECRET: secret, BENCH_SEED: Buffer.from(seedState).toString('base64'), HOST: '127.0.0.1' },
  });
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return { child, port: (JSON.parse(line) as { port: number }).port };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** One ticket per participant, as one per browser tab; people spread over delegations as in a real room. */
let participantCount = 0;
function createToken(): string {
  const n = participantCount++;
  return signRealtimeToken(
    { userId: `bench-${n}`, draftId, negotiationId: 'test-negotiation', role: 'delegate', delegationCode: `D${n % 60}`, readOnly: false },
    secret,
    3_600,
  );
}

/** The benchmark draft; our server loads it from its store (drafts are made by the server), the reference gets it pushed. */
function createSeedState(): Uint8Array {
  const seed = createDraftDoc({
    title: 'Benchmark draft',
    body: 'Conference of the Parties',
    chapeau: 'The Conference of the Parties,',
    paragraphs: Array.from({ length: paragraphCount }, (_, index) => ({
      kind: index < 10 ? ('preambular' as const) : ('operative' as const),
      text: `Paragraph ${index} recalling the relevant provisions of the Convention and the Protocols thereto, `.repeat(2),
    })),
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
async function seedDraft(url: string, kind: ServerKind): Promise<void> {
  const connect = (doc: Y.Doc) =>
    new WebsocketProvider(url, roomName, doc, {
      params: { token: createToken() },
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
  const ok = await waitFor(() => probe.synced && readParagraphOrder(probeDoc).length === paragraphCount, 10_000);
  probe.destroy();
  seeder?.destroy();
  if (!ok) throw new Error('Seeding the draft failed.');
}

class Worker {
  private readonly child: ChildProcess;
  private waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }[] = [];

  constructor() {
    this.child = fork(path.join(here, 'realtime', 'client-worker.ts'), [], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=2048'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
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
}

interface RunResult {
  kind: ServerKind;
  size: number;
  joinP50: number;
  joinP95: number;
  joinAllMs: number;
  unsynced: number;
  propagation: LatencyHistogram;
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

async function runOnce(kind: ServerKind, size: number, options: Options): Promise<RunResult> {
  const server = await startServerProcess(kind);
  const url = `ws://127.0.0.1:${server.port}`;
  const workers: Worker[] = [];
  try {
    await seedDraft(url, kind);
    const workerCount = Math.min(6, Math.max(1, Math.ceil(size / 250)));
    for (let i = 0; i < workerCount; i++) workers.push(new Worker());
    const shares = workers.map((_, i) => Math.floor(size / workerCount) + (i < size % workerCount ? 1 : 0));
    // Give the workers a moment to load their modules so the join is simultaneous.
    await new Promise((r) => setTimeout(r, 1_500));

    const joinStarted = performance.now();
    const beforeJoin = readProcessUsage(server.child.pid!);
    const joined = await Promise.all(
      workers.map((worker, i) =>
        worker.request<'joined'>({
          cmd: 'join',
          url,
          room: roomName,
          tokens: Array.from({ length: shares[i]! }, createToken),
          count: shares[i]!,
          timeoutMs: 60_000,
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
    await stopProcess(server.child);
  }
}

function formatMs(value: number): string {
  return Number.isNaN(value) ? '—' : `${Math.round(value)}`;
}

function printResult(result: RunResult): void {
  const lost = result.expected - result.received;
  console.log(
    [
      result.kind.padEnd(9),
      `join p50/p95/all ${formatMs(result.joinP50)}/${formatMs(result.joinP95)}/${formatMs(result.joinAllMs)} ms`,
      `unsynced ${result.unsynced}`,
      `propagation p50/p95/p99 ${formatMs(result.propagation.percentile(50))}/${formatMs(result.propagation.percentile(95))}/${formatMs(result.propagation.percentile(99))} ms`,
      `deliveries ${result.received}/${result.expected} (lost ${lost}, late>1s ${result.late})`,
      `server CPU join ${result.joinCpu.toFixed(0)}% typing ${result.typingCpu.toFixed(0)}% (clients ${result.clientCpu.toFixed(0)}%)`,
      `RSS ${result.rssMb.toFixed(0)} MB (peak ${result.peakRssMb.toFixed(0)})`,
    ].join(' | '),
  );
}

function printRatios(ours: RunResult, reference: RunResult): void {
  const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');
  console.log(
    `  reference ÷ ours: join p95 ${ratio(reference.joinP95, ours.joinP95)}, propagation p95 ${ratio(
      reference.propagation.percentile(95),
      ours.propagation.percentile(95),
    )}, typing CPU ${ratio(reference.typingCpu, ours.typingCpu)}, RSS ${ratio(reference.rssMb, ours.rssMb)}`,
  );
}

async function runBenchmark(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  console.log(
    `Realtime benchmark: sizes ${options.sizes.join(', ')}; ${options.typists} typists, one keystroke every ${options.intervalMs} ms each, ` +
      `${options.durationMs / 1000} s of typing; 20% of clients move their cursor every second. Loopback, clients and server share this machine.`,
  );
  for (const size of options.sizes) {
    console.log(`\nN = ${size}`);
    const results: Partial<Record<ServerKind, RunResult>> = {};
    for (const kind of options.servers) {
      try {
        results[kind] = await runOnce(kind, size, options);
        printResult(results[kind]!);
      } catch (error) {
        console.log(`${kind.padEnd(9)} | failed: ${(error as Error).message}`);
      }
    }
    if (results.ours && results.reference) printRatios(results.ours, results.reference);
  }
}

runBenchmark().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
