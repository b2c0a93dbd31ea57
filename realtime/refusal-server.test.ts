import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { createDraftDoc, readDraftSnapshot, readParagraphOrder, setParagraphFrozen } from '@/lib/draft';
import { captureUpdate } from '@/test-support/yjs-sync';
import { connectClient, signTestToken, testSecret, typeInto, type TestClient } from '@/test-support/realtime-server';
import type { ConnectionLimits } from './guards';
import { createMemoryPersistence } from './persistence';
import { encodeUpdateMessage, messageRefusal, type RefusalMessage } from './protocol';
import { startRealtimeServer, type RealtimeServer } from './server';

const servers: RealtimeServer[] = [];
const clients: TestClient[] = [];
const raws: WebSocket[] = [];
const draftId = 'refusals';

function createDraftState(): Uint8Array {
  const doc = createDraftDoc({
    title: 'Refusals',
    body: 'Conference of the Parties',
    chapeau: 'The Conference of the Parties,',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 9/1,', lead: 'Recalling' },
      { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
    ],
  });
  return Y.encodeStateAsUpdate(doc);
}

async function start(limits?: Partial<ConnectionLimits>): Promise<RealtimeServer> {
  const server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    persistence: createMemoryPersistence({ [draftId]: createDraftState() }),
    membership: null,
    timing: { saveDebounceMs: 20, saveMaxWaitMs: 100 },
    ...(limits ? { limits } : {}),
    log: () => undefined,
  });
  servers.push(server);
  return server;
}

async function connectSynced(server: RealtimeServer, role: 'delegate' | 'facilitator', userId = `u-${role}`): Promise<TestClient> {
  const client = connectClient(server.port, draftId, signTestToken(draftId, role, false, userId));
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true));
  return client;
}

/** A socket speaking the protocol by hand: it keeps the refusals it is sent and how it was closed. */
async function openRaw(server: RealtimeServer, userId = 'u-delegate') {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId, 'delegate', false, userId)}`);
  raws.push(ws);
  const refusals: RefusalMessage[] = [];
  const closes: number[] = [];
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === messageRefusal) refusals.push(JSON.parse(decoding.readVarString(decoder)) as RefusalMessage);
  });
  ws.on('close', (code) => closes.push(code));
  ws.on('error', () => undefined);
  await new Promise((resolve) => ws.once('open', resolve));
  return { ws, refusals, closes };
}

/** What the room holds now, as a new copy (a browser that resets to the server's state). */
async function replicateRoom(server: RealtimeServer): Promise<Y.Doc> {
  const room = await server.rooms.open(draftId);
  await room.whenDurable();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  return doc;
}

async function readRoomTexts(server: RealtimeServer): Promise<string[]> {
  const room = await server.rooms.open(draftId);
  return readDraftSnapshot(room.doc).paragraphs.map((paragraph) => paragraph.text);
}

afterEach(async () => {
  for (const ws of raws.splice(0)) ws.terminate();
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.close();
});

describe('a refusal concerns only what it refuses', () => {
  it('refuses without closing, names the paragraph, and the sender carries on under a new client id', async () => {
    const server = await start();
    const chair = await connectSynced(server, 'facilitator');
    const [frozenId, openId] = readParagraphOrder(chair.doc) as [string, string];
    setParagraphFrozen(chair.doc, frozenId, true);
    await vi.waitFor(async () => expect(readDraftSnapshot(await replicateRoom(server)).paragraphs[0]!.frozen).toBe(true));

    const raw = await openRaw(server);
    const stale = await replicateRoom(server);
    const oldClient = stale.clientID;
    const refused = captureUpdate(stale, () => typeInto(stale, frozenId, 0, 'Sneaky '));
    raw.ws.send(encodeUpdateMessage(refused));
    await vi.waitFor(() =>
      expect(raw.refusals[0]).toEqual({
        rule: 'paragraph-rights',
        code: 'paragraph-frozen',
        reason: 'This paragraph is frozen.',
        paragraphIds: [frozenId],
        clientIds: [oldClient],
      }),
    );

    // Typed before the refusal arrived, under the old id: its clocks follow the refused ones, so it is refused too,
    // told as such, and nothing of it lands, although the paragraph is open.
    const tail = captureUpdate(stale, () => typeInto(stale, openId, 0, 'Tail '));
    raw.ws.send(encodeUpdateMessage(tail));
    await vi.waitFor(() => expect(raw.refusals).toHaveLength(2));
    expect(raw.refusals[1]).toMatchObject({ rule: 'integrity', clientIds: [oldClient] });
    expect(raw.refusals[1]!.reason).toMatch(/new client id/);

    // The same socket goes on under a new client id, from the server's state: accepted.
    const fresh = await replicateRoom(server);
    expect(fresh.clientID).not.toBe(oldClient);
    const replay = captureUpdate(fresh, () => typeInto(fresh, openId, 0, 'Kept '));
    raw.ws.send(encodeUpdateMessage(replay));
    await vi.waitFor(async () => expect((await readRoomTexts(server))[1]).toBe('Kept Urges States parties to act;'));
    expect((await readRoomTexts(server))[0]).toBe('Recalling its resolution 9/1,');
    expect(raw.closes).toEqual([]);
    expect(raw.ws.readyState).toBe(WebSocket.OPEN);
    await vi.waitFor(() => expect(readDraftSnapshot(chair.doc).paragraphs[1]!.text).toBe('Kept Urges States parties to act;'));
  });

  it("a reconnect's sync that touches a paragraph frozen meanwhile is refused for that paragraph alone", async () => {
    const server = await start();
    const chair = await connectSynced(server, 'facilitator');
    const delegate = await connectSynced(server, 'delegate');
    const [openId, frozenId] = readParagraphOrder(chair.doc) as [string, string];
    delegate.provider.disconnect();
    typeInto(delegate.doc, openId, 0, 'Offline A ');
    typeInto(delegate.doc, frozenId, 0, 'Offline B ');
    setParagraphFrozen(chair.doc, frozenId, true);
    await vi.waitFor(async () => expect(readDraftSnapshot(await replicateRoom(server)).paragraphs[1]!.frozen).toBe(true));
    delegate.provider.connect();
    await vi.waitFor(() => expect(delegate.refusals).toHaveLength(1));
    expect(delegate.refusals[0]).toMatchObject({ rule: 'paragraph-rights', paragraphIds: [frozenId], clientIds: [delegate.doc.clientID] });
    // Nothing of that sync was applied (the paragraph that was not frozen waits for the browser's replay), and the socket stays.
    expect(await readRoomTexts(server)).toEqual(['Recalling its resolution 9/1,', 'Urges States parties to act;']);
    expect(delegate.closed).toEqual([]);
    expect(delegate.provider.wsconnected).toBe(true);
  });

  it('closes only a connection that keeps sending what is refused, past the bound', async () => {
    const server = await start({ refusalBurst: 3, refusalsPerMinute: 1 });
    const chair = await connectSynced(server, 'facilitator');
    const [frozenId] = readParagraphOrder(chair.doc) as [string];
    setParagraphFrozen(chair.doc, frozenId, true);
    await vi.waitFor(async () => expect(readDraftSnapshot(await replicateRoom(server)).paragraphs[0]!.frozen).toBe(true));
    const raw = await openRaw(server);
    for (let attempt = 0; attempt < 4; attempt++) {
      // Each under a new client id, as a client that resets would, but always the same forbidden change.
      const copy = await replicateRoom(server);
      raw.ws.send(encodeUpdateMessage(captureUpdate(copy, () => typeInto(copy, frozenId, 0, 'Again '))));
      if (attempt < 3) await vi.waitFor(() => expect(raw.refusals).toHaveLength(attempt + 1));
    }
    await vi.waitFor(() => expect(raw.closes).toEqual([4403]));
    expect(raw.refusals).toHaveLength(3);
  });
});
