import * as Y from 'yjs';
import { startRealtimeServer } from '@/realtime/server';
import type { DraftPersistence } from '@/realtime/persistence';

/**
 * Our server for the benchmark, in its own process. Every draft "exists" and
 * starts empty (the orchestrator seeds it through a client, as it must for the
 * reference server); saves stay in memory so the database is not measured.
 */
const states = new Map<string, Uint8Array>();
const persistence: DraftPersistence = {
  async load(draftId) {
    return states.get(draftId) ?? Y.encodeStateAsUpdate(new Y.Doc());
  },
  async save(draftId, doc) {
    states.set(draftId, Y.encodeStateAsUpdate(doc));
  },
};

const secret = process.env.BENCH_SECRET;
if (!secret) throw new Error('BENCH_SECRET is required.');
const server = await startRealtimeServer({
  port: 0,
  host: '127.0.0.1',
  secret,
  persistence,
  // The benchmark opens thousands of sockets in a burst from one machine.
  limits: { messageBurst: 2_000, messagesPerSecond: 1_000 },
  log: (message) => console.error(message),
});
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
