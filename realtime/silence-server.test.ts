import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import { deadlinesChangedPath, realtimeSignalHeader, signRealtimeSignal } from '@/lib/auth/realtime-token';
import { createProposal } from '@/lib/proposals';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { readDraftDoc } from '@/server/drafts/read-draft-doc';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import { createPrismaSilenceStore } from '@/server/silence/create-prisma-silence-store';
import {
  connectClient,
  createSampleDraft,
  createTestDatabase,
  signTestToken,
  typeInto,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';
import { silenceRefusal } from './rules/silence';
import { startRealtimeServer, type RealtimeServer } from './server';
import type { SilenceStore } from './silence-keeper';

const generous = { timeout: 20_000, interval: 50 };

let database: TestDatabase;
const servers: RealtimeServer[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(async () => database.dispose());

async function startServer(store: SilenceStore = createPrismaSilenceStore(database.db), silenceIntervalMs = 200): Promise<RealtimeServer> {
  const server = await startRealtimeServer({
    port: 0,
    secret: 'realtime-test-secret-0123456789abcdef',
    membership: createPrismaMembershipChecker(database.db),
    persistence: createPrismaDraftPersistence(database.db),
    silence: store,
    // The test runs passes itself where it matters; the timer only has to start the keeper.
    silenceIntervalMs,
    timing: { saveDebounceMs: 50, saveMaxWaitMs: 500 },
    log: () => undefined,
  });
  servers.push(server);
  return server;
}

async function stopServer(server: RealtimeServer): Promise<void> {
  servers.splice(servers.indexOf(server), 1);
  await server.close();
}

async function placeUnderSilence(draftId: string, paragraphIds: string[], deadline: Date): Promise<string> {
  const row = await database.db.silenceProcedure.create({
    data: {
      draftId,
      paragraphIds: JSON.stringify(paragraphIds),
      outcome: 'agreed-ad-ref',
      deadline,
      startedById: database.userId,
      startedByDelegation: 'FRA',
    },
  });
  return row.id;
}

async function readStoredStatuses(draftId: string): Promise<string[]> {
  const doc = (await readDraftDoc(database.db, draftId))!;
  const statuses = readDraftSnapshot(doc).paragraphs.map((paragraph) => paragraph.status);
  doc.destroy();
  return statuses;
}

async function readParagraphIds(draftId: string): Promise<string[]> {
  const doc = (await readDraftDoc(database.db, draftId))!;
  const ids = readParagraphOrder(doc);
  doc.destroy();
  return ids;
}

function connect(server: RealtimeServer, draftId: string, role: 'facilitator' | 'delegate'): TestClient {
  const client = connectClient(server.port, draftId, signTestToken(draftId, role));
  clients.push(client);
  return client;
}

describe('silence procedures in the realtime server', { timeout: 60_000 }, () => {
  it('refuses every change to a paragraph under silence, the facilitator’s and proposals on it too, and lets others through', async () => {
    const draftId = await createSampleDraft(database);
    const [first, second] = await readParagraphIds(draftId);
    await placeUnderSilence(draftId, [first!], new Date(Date.now() + 3_600_000));
    const server = await startServer();
    await vi.waitFor(() => expect(server.silenceKeeper!.readSilenced(draftId).has(first!)).toBe(true), generous);

    const chair = connect(server, draftId, 'facilitator');
    await vi.waitFor(() => expect(chair.provider.synced).toBe(true), generous);
    typeInto(chair.doc, first!, 0, 'Chair: ');
    await vi.waitFor(() => expect(chair.refusals.map((refusal) => refusal.reason)).toContain(silenceRefusal), generous);

    const delegate = connect(server, draftId, 'delegate');
    await vi.waitFor(() => expect(delegate.provider.synced).toBe(true), generous);
    typeInto(delegate.doc, second!, 0, 'Strongly ');
    await vi.waitFor(async () => expect((await readDraftSnapshotText(draftId, 1)).startsWith('Strongly ')).toBe(true), generous);
    createProposal(delegate.doc, {
      id: 'p-silenced',
      kind: 'amend',
      paragraphId: first!,
      text: 'Recalling its resolutions 9/1 and 9/2,',
      delegation: 'FRA',
      delegationName: 'France',
      authorId: 'u-delegate',
      authorName: 'u-delegate',
      now: new Date(),
    });
    await vi.waitFor(() => expect(delegate.refusals.map((refusal) => refusal.reason)).toContain(silenceRefusal), generous);

    expect(await readStoredStatuses(draftId)).toEqual(['open', 'open', 'open', 'open']);
  });

  it('freezes a new procedure’s paragraphs as soon as the web app signals it, not at the next read', async () => {
    const server = await startServer(createPrismaSilenceStore(database.db), 3_600_000);
    const draftId = await createSampleDraft(database);
    const [first] = await readParagraphIds(draftId);
    await vi.waitFor(() => expect(server.silenceKeeper!.readSilenced(draftId).size).toBe(0), generous);
    await placeUnderSilence(draftId, [first!], new Date(Date.now() + 3_600_000));
    expect(server.silenceKeeper!.readSilenced(draftId).has(first!)).toBe(false);
    const body = JSON.stringify({ draftId });
    const signal = await fetch(`http://127.0.0.1:${server.port}${deadlinesChangedPath}`, {
      method: 'POST',
      headers: { [realtimeSignalHeader]: signRealtimeSignal(body, 'realtime-test-secret-0123456789abcdef') },
      body,
    });
    expect(signal.status).toBe(200);
    expect(server.silenceKeeper!.readSilenced(draftId).has(first!)).toBe(true);
  });

  it('applies the outcome exactly once across restarts: stopped before the deadline, started after it, started again', async () => {
    const draftId = await createSampleDraft(database);
    const [first, , third] = await readParagraphIds(draftId);
    const deadline = new Date(Date.now() + 1_500);
    const procedureId = await placeUnderSilence(draftId, [first!, third!], deadline);

    const before = await startServer();
    await vi.waitFor(() => expect(before.silenceKeeper!.readSilenced(draftId).size).toBe(2), generous);
    await stopServer(before);
    expect((await database.db.silenceProcedure.findUniqueOrThrow({ where: { id: procedureId } })).state).toBe('running');
    expect(await readStoredStatuses(draftId)).toEqual(['open', 'open', 'open', 'open']);

    // The deadline passes while no server runs.
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(deadline.getTime()), generous);
    const after = await startServer();
    await vi.waitFor(
      async () => expect((await database.db.silenceProcedure.findUniqueOrThrow({ where: { id: procedureId } })).state).toBe('adopted'),
      generous,
    );
    expect(await readStoredStatuses(draftId)).toEqual(['agreed-ad-ref', 'open', 'agreed-ad-ref', 'open']);
    const audit = () => database.db.auditEvent.findMany({ where: { draftId, action: 'silence.adopted' } });
    const [adopted] = await audit();
    expect(JSON.parse(adopted!.detail!)).toMatchObject({
      paragraphs: 'PP1, OP 1(a)',
      record: `Adopted under silence procedure, deadline ${deadline.toISOString()}`,
    });
    await stopServer(after);

    const stored = await readStoredStateVector(draftId);
    const again = await startServer();
    await again.silenceKeeper!.tick();
    await stopServer(again);
    expect(await audit()).toHaveLength(1);
    expect(await readStoredStateVector(draftId)).toEqual(stored);
    expect(await readStoredStatuses(draftId)).toEqual(['agreed-ad-ref', 'open', 'agreed-ad-ref', 'open']);
  });

  it('re-applies harmlessly after a crash between the text and the row, and records the adoption once', async () => {
    const draftId = await createSampleDraft(database);
    const [first] = await readParagraphIds(draftId);
    const deadline = new Date(Date.now() + 500);
    const procedureId = await placeUnderSilence(draftId, [first!], deadline);
    const real = createPrismaSilenceStore(database.db);
    let stateAtCrash: Uint8Array | undefined;
    const failingOnce: SilenceStore = {
      listRunning: () => real.listRunning(),
      async recordAdoption(...args) {
        if (!stateAtCrash) {
          // The statuses are in the durable log by now; the row has not moved.
          stateAtCrash = await readStoredStateVector(draftId);
          throw new Error('the database went away');
        }
        return real.recordAdoption(...args);
      },
    };
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(deadline.getTime()), generous);
    await startServer(failingOnce);
    await vi.waitFor(
      async () => expect((await database.db.silenceProcedure.findUniqueOrThrow({ where: { id: procedureId } })).state).toBe('adopted'),
      generous,
    );
    expect(stateAtCrash).toBeDefined();
    expect(await readStoredStatuses(draftId)).toEqual(['agreed-ad-ref', 'open', 'open', 'open']);
    expect(await readStoredStateVector(draftId)).toEqual(stateAtCrash);
    expect(await database.db.auditEvent.count({ where: { draftId, action: 'silence.adopted' } })).toBe(1);
  });
});

/** Which changes the stored draft holds: equal before and after means nothing was written in between. */
async function readStoredStateVector(draftId: string): Promise<Uint8Array> {
  const doc = (await readDraftDoc(database.db, draftId))!;
  const vector = Y.encodeStateVector(doc);
  doc.destroy();
  return vector;
}

async function readDraftSnapshotText(draftId: string, index: number): Promise<string> {
  const doc = (await readDraftDoc(database.db, draftId))!;
  const text = readDraftSnapshot(doc).paragraphs[index]!.text;
  doc.destroy();
  return text;
}
