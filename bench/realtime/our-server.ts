import * as Y from 'yjs';
import { createPrismaClient } from '@/server/db/client';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { startRealtimeServer } from '@/realtime/server';
import { createMemoryPersistence, type DraftPersistence } from '@/realtime/persistence';

/**
 * Our server for the benchmark, in its own process. BENCH_STORE picks where
 * drafts live: 'memory' (the default) keeps them in memory, seeded with the
 * orchestrator's draft, so the database is not measured; 'sqlite' runs over
 * the SQLite file BENCH_DB_FILE (made by sqlite-draft.ts) through the app's
 * own Prisma persistence, so comparing the two shows what the store costs.
 */
const secret = process.env.BENCH_SECRET;
if (!secret) throw new Error('BENCH_SECRET is required.');
const draftId = process.env.BENCH_DRAFT_ID ?? 'bench';
const databaseFile = process.env.BENCH_DB_FILE;
const sqlite = process.env.BENCH_STORE === 'sqlite';
if (sqlite && !databaseFile) throw new Error('BENCH_DB_FILE is required with BENCH_STORE=sqlite.');
const db = sqlite && databaseFile ? createPrismaClient({ provider: 'sqlite', file: databaseFile }) : undefined;
const seed = process.env.BENCH_SEED ? new Uint8Array(Buffer.from(process.env.BENCH_SEED, 'base64')) : undefined;
const persistence: DraftPersistence = db ? createPrismaDraftPersistence(db) : createMemoryPersistence(seed ? { [draftId]: seed } : {});

// Prisma compiles its WebAssembly query compiler on the first query and each query shape on first use, holding
// the event loop for a second or more on the first save; the benchmark measures the steady state, so the draft
// is loaded and saved once (unchanged) before the server listens.
if (db) {
  const owner = { nodeId: 'bench-warm-up', nodeUrl: 'http://127.0.0.1:9' };
  const lease = await persistence.claim(draftId, owner, 10_000);
  if (!lease?.granted) throw new Error(`There is no draft ${draftId} in ${databaseFile}.`);
  const stored = (await persistence.load(draftId))!;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.state);
  // The log's append (an empty update) and compaction are warmed too: every accepted batch pays the append.
  const empty = Y.encodeStateAsUpdate(new Y.Doc());
  const entry = { seq: stored.lastSeq + 1, userId: 'bench', delegationCode: '', update: empty };
  await persistence.append(draftId, lease.epoch, { entries: [entry], bindings: [], auditEvents: [] });
  await persistence.save(draftId, doc, { epoch: lease.epoch, throughSeq: entry.seq });
  await persistence.release(draftId, lease.epoch);
  doc.destroy();
}

const server = await startRealtimeServer({
  port: 0,
  host: '127.0.0.1',
  secret,
  persistence,
  // The benchmark measures the room, not the roster: its tickets are taken at their word.
  membership: null,
  // The benchmark opens thousands of sockets in a burst from one machine.
  limits: { messageBurst: 2_000, messagesPerSecond: 1_000 },
  log: (message) => console.error(message),
});
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
process.on(
  'SIGTERM',
  () =>
    void server
      .close()
      .then(() => db?.$disconnect())
      .then(() => process.exit(0)),
);
