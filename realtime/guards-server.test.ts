import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Socket } from 'node:net';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { createDraftDoc, getParagraph, getParagraphContent, readParagraphOrder } from '@/lib/draft';
import type { ConnectionLimits } from './guards';
import { createMemoryPersistence, type DraftPersistence } from './persistence';
import { encodeAwarenessMessage } from './protocol';
import type { RoomTiming } from './room';
import { startRealtimeServer, type RealtimeServer } from './server';
import { connectClient, signTestToken, testSecret, typeInto, type TestClient } from '@/test-support/realtime-server';

const servers: RealtimeServer[] = [];
const clients: TestClient[] = [];
const raws: WebSocket[] = [];

const draftId = 'guarded';

function createDraftState(): Uint8Array {
  const doc = createDraftDoc({
    title: 'Guarded draft',
    body: 'Conference of the Parties',
    chapeau: 'The Conference of the Parties,',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 9/1,', lead: 'Recalling' },
      { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
    ],
  });
  return Y.encodeStateAsUpdate(doc);
}

async function start(
  options: { persistence?: DraftPersistence; limits?: Partial<ConnectionLimits>; timing?: Partial<RoomTiming> } = {},
): Promise<RealtimeServer> {
  const server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    persistence: options.persistence ?? createMemoryPersistence({ [draftId]: createDraftState() }),
    membership: null,
    timing: { saveDebounceMs: 20, saveMaxWaitMs: 100, ...options.timing },
    ...(options.limits ? { limits: options.limits } : {}),
    log: () => undefined,
  });
  servers.push(server);
  return server;
}

async function connectSynced(server: RealtimeServer, userId: string): Promise<TestClient> {
  const client = connectClient(server.port, draftId, signTestToken(draftId, 'delegate', false, userId));
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true));
  return client;
}

/** A socket speaking the protocol by hand, for what no y-websocket client would send or fail to read. */
async function openRaw(server: RealtimeServer, userId: string): Promise<{ ws: WebSocket; socket: Socket; closed: Promise<number> }> {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId, 'delegate', false, userId)}`);
  raws.push(ws);
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
  });
  return { ws, socket: (ws as unknown as { _socket: Socket })._socket, closed };
}

/** One awareness message carrying a state for each client id, as a y-websocket client encodes them. */
function encodePresence(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encodeAwarenessMessage(encoding.toUint8Array(encoder));
}

function readParagraphText(client: TestClient, id: string): Y.XmlText {
  return (getParagraphContent(getParagraph(client.doc, id)).get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

afterEach(async () => {
  for (const ws of raws.splice(0)) ws.terminate();
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.close();
});

describe('realtime guards', () => {
  it('closes a client that stops reading with 1013 once too much waits for it, while the others carry on', async () => {
    const chunk = 256 * 1024;
    const server = await start({
      limits: {
        maxBufferedBytes: 64 * 1024,
        maxDraftBytes: 256 * 1024 * 1024,
        byteBurst: 256 * 1024 * 1024,
        bytesPerSecond: 256 * 1024 * 1024,
        writeBurstBytes: 256 * 1024 * 1024,
        writeBytesPerSecond: 256 * 1024 * 1024,
        delegationWriteBurstBytes: 256 * 1024 * 1024,
        delegationWriteBytesPerSecond: 256 * 1024 * 1024,
      },
    });
    const writer = await connectSynced(server, 'u-writer');
    const reader = await connectSynced(server, 'u-reader');
    const slow = await openRaw(server, 'u-slow');
    const room = await server.rooms.open(draftId);
    await vi.waitFor(() => expect(room.size).toBe(3));
    // Its kernel buffers fill, then the server's own queue for it grows.
    slow.socket.pause();

    const urges = readParagraphOrder(writer.doc)[1]!;
    let sent = 0;
    // Loopback buffers hold a few megabytes; the bound only keeps a broken server from looping forever.
    while (room.size === 3 && sent < 256) {
      typeInto(writer.doc, urges, 0, 'x'.repeat(chunk));
      sent += 1;
      const expected = sent * chunk + 'Urges States parties to act;'.length;
      await vi.waitFor(() => expect(readParagraphText(reader, urges).length).toBe(expected), { timeout: 10_000 });
    }
    expect(room.size).toBe(2);

    // Reading again, it finds the close frame behind what was queued.
    slow.socket.resume();
    expect(await slow.closed).toBe(1013);
    expect(writer.provider.wsconnected).toBe(true);
    expect(reader.provider.wsconnected).toBe(true);
    typeInto(writer.doc, urges, 0, 'Still here. ');
    await vi.waitFor(() => expect(readParagraphText(reader, urges).toString()).toMatch(/^Still here. x/));
  });

  it('relays presence for at most four client ids per connection', async () => {
    const server = await start();
    const watcher = await connectSynced(server, 'u-watcher');
    const speaker = await openRaw(server, 'u-speaker');
    const ids = [1001, 1002, 1003, 1004, 1005];
    const stateOf = (clientId: number, paragraphId: string | null) => ({ user: { name: `tab ${clientId}` }, paragraphId });
    speaker.ws.send(encodePresence(ids.map((clientId) => ({ clientId, clock: 1, state: stateOf(clientId, null) }))));
    await vi.waitFor(() => {
      const states = watcher.provider.awareness.getStates();
      for (const clientId of ids.slice(0, 4)) expect(states.has(clientId)).toBe(true);
    });
    expect(watcher.provider.awareness.getStates().has(1005)).toBe(false);

    // Later messages from the same socket arrive after the first; the fifth id is still not passed on.
    speaker.ws.send(
      encodePresence([
        { clientId: 1005, clock: 2, state: stateOf(1005, 'p1') },
        { clientId: 1001, clock: 2, state: stateOf(1001, 'p1') },
      ]),
    );
    await vi.waitFor(() => expect(watcher.provider.awareness.getStates().get(1001)).toMatchObject({ paragraphId: 'p1' }));
    expect(watcher.provider.awareness.getStates().has(1005)).toBe(false);
  });

  it('retries a failing save a bounded number of times, then waits for the next change', async () => {
    const memory = createMemoryPersistence({ [draftId]: createDraftState() });
    let saves = 0;
    const server = await start({
      persistence: {
        ...memory,
        save: async () => {
          saves += 1;
          throw new Error('disk full');
        },
      },
      timing: { saveRetryMs: 20, saveRetryMaxMs: 40, saveRetries: 3 },
    });
    const writer = await connectSynced(server, 'u-writer');
    const room = await server.rooms.open(draftId);
    const urges = readParagraphOrder(writer.doc)[1]!;
    typeInto(writer.doc, urges, 0, 'Also ');

    await vi.waitFor(() => expect(room.readSaveTrouble()).toMatchObject({ retrying: false }));
    // No retry is scheduled once the bound is reached, so the count is final here.
    expect(saves).toBe(1 + 3);
    expect(room.readSaveTrouble()).toMatchObject({ failures: 4, lastError: 'disk full', retrying: false });
    const health = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', failingSaves: [{ draftId, failures: 4, retrying: false }] });

    typeInto(writer.doc, urges, 0, 'Again ');
    await vi.waitFor(() => expect(room.readSaveTrouble()).toMatchObject({ failures: 5 }));
    expect(saves).toBe(5);
    expect(room.readSaveTrouble()).toMatchObject({ retrying: false });
  });
});
