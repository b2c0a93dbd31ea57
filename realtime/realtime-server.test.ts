import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { readDraftSnapshot, readParagraphOrder, moveParagraph, setParagraphFrozen } from '@/lib/draft';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import { startRealtimeServer, type RealtimeServer } from './server';
import {
  connectClient,
  createSampleDraft,
  addTestMember,
  createTestDatabase,
  readUpgradeStatus,
  signTestToken,
  testSecret,
  typeInto,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';

let database: TestDatabase;
let server: RealtimeServer;
const clients: TestClient[] = [];

function start(saveDebounceMs = 100): Promise<RealtimeServer> {
  return startRealtimeServer({
    port: 0,
    secret: testSecret,
    membership: createPrismaMembershipChecker(database.db),
    persistence: createPrismaDraftPersistence(database.db),
    timing: { saveDebounceMs, saveMaxWaitMs: Math.max(500, saveDebounceMs) },
    log: () => undefined,
  });
}

function connect(draftId: string, token: string | null, roomName?: string): TestClient {
  const client = connectClient(server.port, draftId, token, roomName);
  clients.push(client);
  return client;
}

async function connectSynced(draftId: string, role: Parameters<typeof signTestToken>[1] = 'delegate', readOnly = false) {
  const client = connect(draftId, signTestToken(draftId, role, readOnly));
  // Opening a socket now also reads the roster; a loaded machine may take a while.
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), { timeout: 10_000 });
  return client;
}

function readTexts(client: TestClient): string[] {
  return readDraftSnapshot(client.doc).paragraphs.map((p) => p.text);
}

async function readRowTexts(draftId: string): Promise<string[]> {
  const rows = await database.db.draftParagraph.findMany({ where: { draftId }, orderBy: { position: 'asc' } });
  return rows.map((row) => row.text);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await addTestMember(database, 'u-eu', 'delegate');
  server = await start();
});

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

afterAll(async () => {
  await server.close();
  await database.dispose();
});

describe('realtime server', () => {
  it('syncs a new client and converges concurrent edits in one paragraph', async () => {
    const draftId = await createSampleDraft(database);
    const a = await connectSynced(draftId);
    const b = await connectSynced(draftId);
    expect(readTexts(a)[1]).toBe('Urges States parties to act;');
    const id = readParagraphOrder(a.doc)[1]!;
    typeInto(a.doc, id, 6, 'all ');
    typeInto(b.doc, id, 27, ' now');
    const expected = 'Urges all States parties to act now;';
    await vi.waitFor(() => {
      expect(readTexts(a)[1]).toBe(expected);
      expect(readTexts(b)[1]).toBe(expected);
    });
    await vi.waitFor(async () => expect((await readRowTexts(draftId))[1]).toBe(expected));
  });

  it('reports on its health endpoint how long the durable log appends took (p50, p95, count)', async () => {
    const draftId = await createSampleDraft(database);
    const a = await connectSynced(draftId);
    const b = await connectSynced(draftId);
    typeInto(a.doc, readParagraphOrder(a.doc)[1]!, 0, 'Timed ');
    await vi.waitFor(() => expect(readTexts(b)[1]).toMatch(/^Timed /));
    const health = (await (await fetch(`http://127.0.0.1:${server.port}/health`)).json()) as {
      logAppendMs: { p50: unknown; p95: unknown; count: unknown };
    };
    expect(health.logAppendMs).toEqual({ p50: expect.any(Number), p95: expect.any(Number), count: expect.any(Number) });
    expect(health.logAppendMs.count).toBeGreaterThan(0);
  });

  it('keeps an edit made while another client moves the paragraph', async () => {
    const draftId = await createSampleDraft(database);
    const a = await connectSynced(draftId);
    const b = await connectSynced(draftId);
    const id = readParagraphOrder(a.doc)[3]!;
    moveParagraph(a.doc, id, 1);
    typeInto(b.doc, id, 8, ' also');
    await vi.waitFor(() => {
      for (const client of [a, b]) {
        expect(readParagraphOrder(client.doc)[1]).toBe(id);
        expect(readTexts(client)[1]).toBe('Requests also the secretariat to report.');
      }
    });
    expect(readDraftSnapshot(b.doc).paragraphs.map((p) => p.number)).toEqual(['PP1', '1', '2', '(a)']);
  });

  it('refuses upgrades without a valid token for this draft with HTTP 401', async () => {
    const draftId = await createSampleDraft(database);
    const otherId = await createSampleDraft(database);
    const base = `ws://127.0.0.1:${server.port}/draft-${draftId}`;
    expect(await readUpgradeStatus(base)).toBe(401);
    expect(await readUpgradeStatus(`${base}?token=not-a-token`)).toBe(401);
    expect(await readUpgradeStatus(`${base}?token=${signTestToken(otherId)}`)).toBe(401);
    // Change a character in the middle of the signature: the last one may carry only base64 padding bits.
    const token = signTestToken(draftId);
    const at = token.indexOf('.') + 5;
    const forged = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    expect(await readUpgradeStatus(`${base}?token=${forged}`)).toBe(401);
  });

  it('closes with 4404 for a draft that does not exist, without creating it', async () => {
    const client = connect('nope123', signTestToken('nope123'));
    await vi.waitFor(() => expect(client.closed[0]).toMatchObject({ code: 4404 }));
    expect(client.closed[0]!.reason).toMatch(/does not exist/);
    expect(await database.db.draft.findUnique({ where: { id: 'nope123' } })).toBeNull();
  });

  it('drops updates from observers: their edits reach neither others nor the database', async () => {
    const draftId = await createSampleDraft(database);
    const observer = await connectSynced(draftId, 'observer');
    const readOnlyDelegate = await connectSynced(draftId, 'delegate', true);
    const delegate = await connectSynced(draftId);
    const id = readParagraphOrder(delegate.doc)[0]!;
    typeInto(observer.doc, id, 0, 'OBSERVER ');
    typeInto(readOnlyDelegate.doc, id, 0, 'READONLY ');
    typeInto(delegate.doc, id, 9, ' firmly');
    await vi.waitFor(() => {
      expect(readTexts(observer)[0]).toContain('Recalling firmly');
      expect(readTexts(readOnlyDelegate)[0]).toContain('Recalling firmly');
    });
    await vi.waitFor(async () => expect((await readRowTexts(draftId))[0]).toBe('Recalling firmly its resolution 9/1,'));
    expect(readTexts(delegate)[0]).toBe('Recalling firmly its resolution 9/1,');
    // A later client starts from the server's copy, which never had the observer's words.
    const late = await connectSynced(draftId);
    expect(readTexts(late)[0]).toBe('Recalling firmly its resolution 9/1,');
  });

  it('loses nothing across a server restart', async () => {
    await server.close();
    // A save debounce far beyond the test: only the shutdown can write the edit.
    server = await start(60_000);
    const draftId = await createSampleDraft(database);
    const a = await connectSynced(draftId);
    const id = readParagraphOrder(a.doc)[2]!;
    typeInto(a.doc, id, 0, 'inter alia ');
    const room = await server.rooms.open(draftId);
    await vi.waitFor(() => expect(readDraftSnapshot(room.doc).paragraphs[2]!.text).toBe('inter alia by training officers;'));
    expect((await readRowTexts(draftId))[2]).toBe('by training officers;');
    await server.close();
    a.destroy();
    server = await start();
    const b = await connectSynced(draftId);
    expect(readTexts(b)[2]).toBe('inter alia by training officers;');
    expect((await readRowTexts(draftId))[2]).toBe('inter alia by training officers;');
  });

  it('saves a draft at once when asked over HTTP with a writer token, and refuses read-only tokens', async () => {
    await server.close();
    server = await start(60_000);
    const draftId = await createSampleDraft(database);
    const a = await connectSynced(draftId);
    const id = readParagraphOrder(a.doc)[2]!;
    typeInto(a.doc, id, 0, 'urgently ');
    const room = await server.rooms.open(draftId);
    await vi.waitFor(() => expect(readDraftSnapshot(room.doc).paragraphs[2]!.text).toBe('urgently by training officers;'));
    const flush = (token: string) => fetch(`http://127.0.0.1:${server.port}/draft-${draftId}?token=${token}`, { method: 'POST' });
    expect((await flush(signTestToken(draftId, 'observer', true))).status).toBe(403);
    expect((await readRowTexts(draftId))[2]).toBe('by training officers;');
    expect((await flush(signTestToken(draftId, 'facilitator'))).status).toBe(204);
    expect((await readRowTexts(draftId))[2]).toBe('urgently by training officers;');
    a.destroy();
    await server.close();
    server = await start();
  });

  it('shows everyone in the presence list as their ticket says, whatever their browser claims', async () => {
    const draftId = await createSampleDraft(database);
    const token = signRealtimeToken(
      {
        userId: 'u-eu',
        draftId,
        negotiationId: 'test-negotiation',
        role: 'delegate',
        delegationCode: 'EU',
        readOnly: false,
        userName: 'Anna Schmidt',
        delegationName: 'European Union',
      },
      testSecret,
    );
    const impostor = connectClient(server.port, draftId, token);
    const watcher = await connectSynced(draftId);
    await vi.waitFor(() => expect(impostor.provider.synced).toBe(true));
    impostor.provider.awareness.setLocalStateField('user', {
      name: 'Elena Rossi',
      role: 'facilitator',
      delegation: { code: 'CHAIR', name: 'Facilitator', colour: '#123456' },
    });
    await vi.waitFor(() => {
      const seen = watcher.provider.awareness.getStates().get(impostor.doc.clientID) as
        | { user?: { name: string; role: string; delegation: { code: string; name: string; colour: string } } }
        | undefined;
      expect(seen?.user).toEqual({
        name: 'Anna Schmidt',
        role: 'delegate',
        delegation: { code: 'EU', name: 'European Union', colour: '#123456' },
      });
    });
    impostor.destroy();
  });

  it('closes only the connection that sends a malformed message', async () => {
    const draftId = await createSampleDraft(database);
    const a = await connectSynced(draftId);
    const b = await connectSynced(draftId);
    const raw = new WebSocket(`ws://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId)}`);
    const closeCode = new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
    await new Promise((resolve) => raw.on('open', resolve));
    raw.send(Uint8Array.from([0, 2, 20, 1, 2, 3, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255]));
    expect(await closeCode).toBe(1007);
    const id = readParagraphOrder(a.doc)[0]!;
    typeInto(a.doc, id, 0, 'Still ');
    await vi.waitFor(() => expect(readTexts(b)[0]).toBe('Still Recalling its resolution 9/1,'));
    expect(a.closed).toEqual([]);
  });

  it('closes a connection that sends an oversized message with 1009', async () => {
    const draftId = await createSampleDraft(database);
    const raw = new WebSocket(`ws://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId)}`);
    const closeCode = new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
    raw.on('error', () => undefined);
    await new Promise((resolve) => raw.on('open', resolve));
    raw.send(new Uint8Array(3 * 1024 * 1024));
    expect(await closeCode).toBe(1009);
  });

  it('refuses a delegate edit to a frozen paragraph and keeps the frozen text', async () => {
    const draftId = await createSampleDraft(database);
    const facilitator = await connectSynced(draftId, 'facilitator');
    const delegate = await connectSynced(draftId);
    const [frozenId, openId] = readParagraphOrder(facilitator.doc) as [string, string];
    setParagraphFrozen(facilitator.doc, frozenId, true);
    await vi.waitFor(() => expect(readDraftSnapshot(delegate.doc).paragraphs[0]!.frozen).toBe(true));
    typeInto(delegate.doc, openId, 0, 'Fine: ');
    await vi.waitFor(() => expect(readTexts(facilitator)[1]).toBe('Fine: Urges States parties to act;'));
    typeInto(delegate.doc, frozenId, 0, 'Sneaky ');
    await vi.waitFor(() => expect(delegate.refusals[0]).toMatchObject({ rule: 'paragraph-rights', paragraphIds: [frozenId] }));
    typeInto(facilitator.doc, frozenId, 0, 'Chair: ');
    await vi.waitFor(async () => expect((await readRowTexts(draftId))[0]).toBe('Chair: Recalling its resolution 9/1,'));
    expect(readTexts(facilitator)[0]).toBe('Chair: Recalling its resolution 9/1,');
  });
});
