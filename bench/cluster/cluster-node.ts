import { startRealtimeServer } from '@/realtime/server';
import { createPrismaClient } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/database-url';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';

/**
 * One realtime node of bench:cluster, in its own process, over the shared database BENCH_DATABASE_URL (PostgreSQL
 * or SQLite) with the app's Prisma persistence, as `npm run realtime` runs it, under the id BENCH_NODE_ID.
 * Tickets are taken at their word (no roster), as in bench:realtime. Prints {"port": …} once listening.
 */
const secret = process.env.BENCH_SECRET;
const databaseUrl = process.env.BENCH_DATABASE_URL;
const nodeId = process.env.BENCH_NODE_ID;
if (!secret || !databaseUrl || !nodeId) throw new Error('BENCH_SECRET, BENCH_DATABASE_URL and BENCH_NODE_ID are required.');
const db = createPrismaClient(resolveDatabase(databaseUrl));
const persistence = createPrismaDraftPersistence(db);

// Prisma compiles each query shape on first use (a stall of a second or more): a warm-up draft of this node's own
// is claimed, appended to, saved and released before listening, so the run measures the steady state.
const warmUpDraft = process.env.BENCH_WARM_DRAFT;
if (warmUpDraft) {
  const lease = await persistence.claim(warmUpDraft, { nodeId, nodeUrl: 'http://127.0.0.1:9' }, 10_000);
  if (!lease?.granted) throw new Error(`The warm-up draft ${warmUpDraft} could not be claimed.`);
  const stored = (await persistence.load(warmUpDraft))!;
  const { Doc, applyUpdate, encodeStateAsUpdate } = await import('yjs');
  const doc = new Doc();
  applyUpdate(doc, stored.state);
  const entry = { seq: stored.lastSeq + 1, userId: 'bench', delegationCode: '', update: encodeStateAsUpdate(new Doc()) };
  await persistence.append(warmUpDraft, lease.epoch, { entries: [entry], bindings: [], auditEvents: [] });
  await persistence.save(warmUpDraft, doc, { epoch: lease.epoch, throughSeq: entry.seq });
  await persistence.release(warmUpDraft, lease.epoch);
  doc.destroy();
}

const server = await startRealtimeServer({
  port: Number(process.env.BENCH_PORT ?? 0),
  host: '127.0.0.1',
  secret,
  persistence,
  membership: null,
  nodeId,
  // Thousands of sockets open in a burst from one machine.
  limits: { messageBurst: 2_000, messagesPerSecond: 1_000 },
  log: (message) => console.error(`[${nodeId}] ${message}`),
});
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
process.on(
  'SIGTERM',
  () =>
    void server
      .close()
      .then(() => db.$disconnect())
      .then(() => process.exit(0)),
);
