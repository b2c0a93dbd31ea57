import * as Y from 'yjs';
import { startRealtimeServer } from '@/realtime/server';
import { createMemoryPersistence, type DraftPersistence } from '@/realtime/persistence';

/**
 * Our server for the benchmark, in its own process. Every draft "exists":
 * the benchmark draft starts from the orchestrator's seed (as a draft the web
 * app made), others empty; saves stay in memory so the database is not measured.
 */
const seed = process.env.BENCH_SEED ? new Uint8Array(Buffer.from(process.env.BENCH_SEED, 'base64')) : undefined;
const memory = createMemoryPersistence({ bench: seed ?? Y.encodeStateAsUpdate(new Y.Doc()) });
const persistence: DraftPersistence = {
  ...memory,
  async claim(draftId, owner, leaseMs, options) {
    if (!memory.states.has(draftId)) memory.states.set(draftId, Y.encodeStateAsUpdate(new Y.Doc()));
    return memory.claim(draftId, owner, leaseMs, options);
  },
};

const secret = process.env.BENCH_SECRET;
if (!secret) throw new Error('BENCH_SECRET is required.');
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
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
