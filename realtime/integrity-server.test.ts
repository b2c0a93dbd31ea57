import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { getParagraph, getParagraphContent, getParagraphMap, readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import { readFragmentJson } from '@/lib/editor/fragment-content';
import { getEditorSchema } from '@/lib/editor/schema';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import type { ConnectionLimits } from './guards';
import type { DraftPersistence } from './persistence';
import { encodeUpdateMessage, messageAuth } from './protocol';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import { startRealtimeServer, type RealtimeServer } from './server';
import {
  connectClient,
  createSampleDraft,
  addTestMember,
  createTestDatabase,
  signTestToken,
  testSecret,
  typeInto,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';

let database: TestDatabase;
const servers: RealtimeServer[] = [];
const clients: TestClient[] = [];

async function start(options: { persistence?: DraftPersistence; limits?: Partial<ConnectionLimits> } = {}): Promise<RealtimeServer> {
  const server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    membership: createPrismaMembershipChecker(database.db),
    persistence: options.persistence ?? createPrismaDraftPersistence(database.db),
    timing: { saveDebounceMs: 50, saveMaxWaitMs: 200, saveRetryMs: 50, saveRetryMaxMs: 200, saveRetries: 3 },
    ...(options.limits ? { limits: options.limits } : {}),
    log: () => undefined,
  });
  servers.push(server);
  return server;
}

async function connectSynced(server: RealtimeServer, draftId: string, token = signTestToken(draftId)): Promise<TestClient> {
  const client = connectClient(server.port, draftId, token);
  clients.push(client);
  // Opening a socket now also reads the roster; a loaded machine may take a while.
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), { timeout: 10_000 });
  return client;
}

function readTexts(doc: Y.Doc): string[] {
  return readDraftSnapshot(doc).paragraphs.map((p) => p.text);
}

async function readRowTexts(draftId: string): Promise<string[]> {
  const rows = await database.db.draftParagraph.findMany({ where: { draftId }, orderBy: { position: 'asc' } });
  return rows.map((row) => row.text);
}

/** What a person opening the draft would get: every paragraph converts to the editor schema. */
function expectRenders(doc: Y.Doc): void {
  const schema = getEditorSchema();
  for (const paragraph of getParagraphMap(doc).values()) {
    expect(() => schema.nodeFromJSON(readFragmentJson(getParagraphContent(paragraph))).check()).not.toThrow();
  }
}

function fragmentOf(doc: Y.Doc, index: number): Y.XmlFragment {
  return getParagraphContent(getParagraph(doc, readParagraphOrder(doc)[index]!));
}

/** Opens a raw socket and collects every binary message it receives. */
async function openRaw(url: string): Promise<{ ws: WebSocket; messages: Uint8Array[]; closed: Promise<number> }> {
  const ws = new WebSocket(url);
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
  });
  return { ws, messages, closed };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await addTestMember(database, 'u-eu', 'delegate');
  await addTestMember(database, 'u-colleague', 'delegate');
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.close();
});

afterAll(async () => {
  await database.dispose();
});

describe('no update can break a draft', () => {
  it('refuses text placed straight into a paragraph fragment; the draft still saves, reloads and renders', async () => {
    const server = await start();
    const draftId = await createSampleDraft(database);
    const attacker = await connectSynced(server, draftId);
    const colleague = await connectSynced(server, draftId, signTestToken(draftId, 'delegate', false, 'u-colleague'));
    fragmentOf(attacker.doc, 1).insert(0, [new Y.XmlText('poison')]);
    await vi.waitFor(() =>
      expect(attacker.refusals[0]).toMatchObject({ rule: 'content-schema', reason: expect.stringMatching(/paragraphs of text only/) }),
    );
    expect(attacker.closed).toEqual([]);
    typeInto(colleague.doc, readParagraphOrder(colleague.doc)[1]!, 0, 'Strongly ');
    await vi.waitFor(async () => expect((await readRowTexts(draftId))[1]).toBe('Strongly Urges States parties to act;'));
    const room = await server.rooms.open(draftId);
    expect(fragmentOf(room.doc, 1).length).toBe(1);
    const flush = await fetch(`http://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId)}`, { method: 'POST' });
    expect(flush.status).toBe(204);
    // After a restart everyone opens the same, valid text.
    await server.close();
    const restarted = await start();
    const reader = await connectSynced(restarted, draftId);
    expect(readTexts(reader.doc)[1]).toBe('Strongly Urges States parties to act;');
    expectRenders(reader.doc);
  });

  it('refuses an unknown mark without losing the paragraph text', async () => {
    const server = await start();
    const draftId = await createSampleDraft(database);
    const attacker = await connectSynced(server, draftId);
    const block = fragmentOf(attacker.doc, 1).get(0) as Y.XmlElement;
    (block.get(0) as Y.XmlText).format(0, 5, { bogusmark: true });
    await vi.waitFor(() => expect(attacker.refusals[0]).toMatchObject({ reason: expect.stringMatching(/bogusmark/) }));
    const reader = await connectSynced(server, draftId);
    expect(readTexts(reader.doc)[1]).toBe('Urges States parties to act;');
    expect(JSON.stringify(readDraftSnapshot(reader.doc).paragraphs[1]!.content)).toContain('States parties');
  });

  it('repairs a draft stored broken by an older build when its room loads, audits it, and everyone can open it', async () => {
    const draftId = await createSampleDraft(database);
    const stored = await database.db.draft.findUniqueOrThrow({ where: { id: draftId } });
    const broken = new Y.Doc();
    Y.applyUpdate(broken, new Uint8Array(stored.ydocState!));
    fragmentOf(broken, 1).insert(1, [new Y.XmlText(' and to report')]);
    getParagraph(broken, readParagraphOrder(broken)[0]!).delete('content');
    await database.db.draft.update({ where: { id: draftId }, data: { ydocState: Buffer.from(Y.encodeStateAsUpdate(broken)) } });

    const server = await start();
    const delegate = await connectSynced(server, draftId);
    expectRenders(delegate.doc);
    expect(readTexts(delegate.doc).slice(0, 2)).toEqual(['', 'Urges States parties to act;\n and to report']);
    await vi.waitFor(async () => {
      const audit = await database.db.auditEvent.findMany({ where: { draftId, action: 'draft.repair' } });
      expect(audit).toHaveLength(1);
      expect(audit[0]!.detail).toMatch(/replaced content the editor cannot show/);
    });
    await vi.waitFor(async () => expect((await readRowTexts(draftId))[1]).toBe('Urges States parties to act;\n and to report'));
  });

  it('answers a flush with an error while saves fail, names the draft on the health endpoint, and saves once the store is back', async () => {
    const real = createPrismaDraftPersistence(database.db);
    let failing = true;
    const server = await start({
      persistence: {
        ...real,
        save: (draftId, doc, mark) => (failing ? Promise.reject(new Error('disk full')) : real.save(draftId, doc, mark)),
      },
    });
    const draftId = await createSampleDraft(database);
    const delegate = await connectSynced(server, draftId);
    typeInto(delegate.doc, readParagraphOrder(delegate.doc)[1]!, 0, 'Also ');
    const flush = () => fetch(`http://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId)}`, { method: 'POST' });
    await vi.waitFor(async () => {
      const response = await flush();
      expect(response.status).toBe(500);
      expect(await response.text()).toMatch(/disk full/);
    });
    const health = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', failingSaves: [{ draftId, lastError: 'disk full' }] });
    expect((await readRowTexts(draftId))[1]).toBe('Urges States parties to act;');
    failing = false;
    expect((await flush()).status).toBe(204);
    expect((await readRowTexts(draftId))[1]).toBe('Also Urges States parties to act;');
    expect(await (await fetch(`http://127.0.0.1:${server.port}/health`)).json()).toMatchObject({ status: 'ok', failingSaves: [] });
  });

  it('tells a read-only connection that sends changes why nothing it sends is kept, without closing it', async () => {
    const server = await start();
    const draftId = await createSampleDraft(database);
    const url = `ws://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId, 'observer', true)}`;
    const raw = await openRaw(url);
    const scratch = new Y.Doc();
    scratch.getMap('meta').set('title', 'x');
    raw.ws.send(encodeUpdateMessage(Y.encodeStateAsUpdate(scratch)));
    await vi.waitFor(() => {
      const denied = raw.messages.find((message) => message[0] === messageAuth);
      expect(denied).toBeDefined();
      const decoder = decoding.createDecoder(denied!);
      decoding.readVarUint(decoder);
      expect(decoding.readVarUint(decoder)).toBe(0);
      expect(decoding.readVarString(decoder)).toMatch(/read this draft but not change it/);
    });
    expect(raw.ws.readyState).toBe(WebSocket.OPEN);
    raw.ws.close();
  });

  it('lets one ticket open only a few sockets at once', async () => {
    const server = await start({ limits: { maxSocketsPerTicket: 2 } });
    const draftId = await createSampleDraft(database);
    const url = `ws://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId)}`;
    const first = await openRaw(url);
    const second = await openRaw(url);
    await expect(openRaw(url)).rejects.toThrow('HTTP 429');
    first.ws.close();
    await first.closed;
    await vi.waitFor(async () => {
      const third = await openRaw(url);
      third.ws.close();
    });
    second.ws.close();
  });

  it('closes a flooding connection with 1008', async () => {
    const server = await start({ limits: { messageBurst: 50, messagesPerSecond: 10 } });
    const draftId = await createSampleDraft(database);
    const raw = await openRaw(`ws://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId)}`);
    for (let i = 0; i < 500 && raw.ws.readyState === WebSocket.OPEN; i++) raw.ws.send(Uint8Array.from([3]));
    expect(await raw.closed).toBe(1008);
  });

  it('stamps the delegation colour from the ticket into presence', async () => {
    const server = await start();
    const draftId = await createSampleDraft(database);
    const token = signRealtimeToken(
      {
        userId: 'u-eu',
        draftId,
        negotiationId: 'test-negotiation',
        role: 'delegate',
        delegationCode: 'EU',
        readOnly: false,
        userName: 'Anna',
        delegationName: 'European Union',
        delegationColour: '#0055aa',
      },
      testSecret,
    );
    const impostor = await connectSynced(server, draftId, token);
    const watcher = await connectSynced(server, draftId);
    impostor.provider.awareness.setLocalStateField('user', {
      name: 'x',
      color: '#ff0000',
      colour: '#ff0000',
      delegation: { code: 'EU', colour: '#ff0000' },
    });
    await vi.waitFor(() => {
      const seen = watcher.provider.awareness.getStates().get(impostor.doc.clientID) as { user?: Record<string, unknown> } | undefined;
      expect(seen?.user).toMatchObject({ color: '#0055aa', colour: '#0055aa', delegation: { code: 'EU', colour: '#0055aa' } });
    });
  });

  it('refuses growth past the draft size cap with a message, and still accepts deletions', async () => {
    const server = await start({ limits: { maxDraftBytes: 64 * 1024 } });
    const draftId = await createSampleDraft(database);
    const writer = await connectSynced(server, draftId);
    typeInto(writer.doc, readParagraphOrder(writer.doc)[1]!, 0, 'x'.repeat(80 * 1024));
    await vi.waitFor(() => expect(writer.refusals[0]).toMatchObject({ rule: 'budget', reason: expect.stringMatching(/size limit/) }));
    const editor = await connectSynced(server, draftId);
    const block = fragmentOf(editor.doc, 1).get(0) as Y.XmlElement;
    (block.get(0) as Y.XmlText).delete(0, 6);
    await vi.waitFor(async () => expect((await readRowTexts(draftId))[1]).toBe('States parties to act;'));
  });

  it('limits how fast one connection adds text, with a message', async () => {
    const server = await start({ limits: { writeBurstBytes: 20 * 1024, writeBytesPerSecond: 1 } });
    const draftId = await createSampleDraft(database);
    const writer = await connectSynced(server, draftId);
    const id = readParagraphOrder(writer.doc)[1]!;
    typeInto(writer.doc, id, 0, 'a'.repeat(15 * 1024));
    await vi.waitFor(async () => expect((await readRowTexts(draftId))[1]!.length).toBeGreaterThan(15 * 1024));
    typeInto(writer.doc, id, 0, 'b'.repeat(15 * 1024));
    await vi.waitFor(() =>
      expect(writer.refusals[0]).toMatchObject({ reason: expect.stringMatching(/faster than the draft accepts/), paragraphIds: [id] }),
    );
  });

  it('keeps the stored state proportional to the text: deleted text is garbage-collected', async () => {
    const server = await start();
    const draftId = await createSampleDraft(database);
    const writer = await connectSynced(server, draftId);
    const id = readParagraphOrder(writer.doc)[1]!;
    for (let round = 0; round < 5; round++) {
      typeInto(writer.doc, id, 0, 'z'.repeat(40 * 1024));
      const text = (getParagraphContent(getParagraph(writer.doc, id)).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.delete(0, 40 * 1024);
    }
    typeInto(writer.doc, id, 0, 'Done: ');
    await vi.waitFor(async () => expect((await readRowTexts(draftId))[1]).toBe('Done: Urges States parties to act;'));
    const stored = await database.db.draft.findUniqueOrThrow({ where: { id: draftId } });
    expect(stored.ydocState!.length).toBeLessThan(8 * 1024);
  });
});
