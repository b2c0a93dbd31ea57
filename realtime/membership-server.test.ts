import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readParagraphOrder, readDraftSnapshot } from '@/lib/draft';
import { realtimeSignalHeader, rosterChangedPath, signRealtimeSignal } from '@/lib/auth/realtime-token';
import { createDraft } from '@/server/drafts/create-draft';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';
import { closeCodes } from './guards';
import { startRealtimeServer, type RealtimeServer } from './server';
import {
  addTestMember,
  connectClient,
  createSampleDraft,
  createTestDatabase,
  createTestUser,
  pointWebAppAtRealtimeServer,
  readUpgradeRefusal,
  sampleDocument,
  signTestToken,
  testNegotiationId,
  testSecret,
  typeInto,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';

let database: TestDatabase;
let server: RealtimeServer;
const clients: TestClient[] = [];
const openNegotiationId = 'open-negotiation';
// Closing a socket goes through the close handshake of a loaded machine: generous, never a timing claim.
const patience = { timeout: 15_000, interval: 50 };

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.negotiation.create({ data: { id: openNegotiationId, title: 'Open informals', status: 'open', openToAll: true } });
  server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    persistence: createPrismaDraftPersistence(database.db),
    membership: createPrismaMembershipChecker(database.db),
    // Saves only when asked (or at the signal's word), so each test decides when the roster is read again.
    timing: { saveDebounceMs: 60_000, saveMaxWaitMs: 60_000 },
    log: () => undefined,
  });
  pointWebAppAtRealtimeServer(server.port);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

afterAll(async () => {
  await server.close();
  await database.dispose();
});

let people = 0;
/** A new person on the test negotiation's roster, so no test depends on another's roster changes. */
async function addMember(role: Parameters<typeof addTestMember>[2]): Promise<string> {
  const userId = `u-member-${++people}`;
  await addTestMember(database, userId, role);
  return userId;
}

async function connectSynced(token: string, draftId: string): Promise<TestClient> {
  const client = connectClient(server.port, draftId, token);
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), patience);
  return client;
}

function upgradeUrl(draftId: string, token: string): string {
  return `ws://127.0.0.1:${server.port}/draft-${draftId}?token=${token}`;
}

async function flush(draftId: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${server.port}/draft-${draftId}?token=${signTestToken(draftId, 'facilitator')}`, {
    method: 'POST',
  });
  return response.status;
}

describe('realtime server and the roster', () => {
  it("refuses a non-member's ticket with 403 and says why", async () => {
    const draftId = await createSampleDraft(database);
    await createTestUser(database, 'u-stranger');
    const refusal = await readUpgradeRefusal(upgradeUrl(draftId, signTestToken(draftId, 'delegate', false, 'u-stranger')));
    expect(refusal).toEqual({ status: 403, body: "You are not on this negotiation's roster." });
  });

  it('refuses a ticket for a negotiation the person left, minted before they left', async () => {
    const draftId = await createSampleDraft(database);
    const userId = await addMember('delegate');
    const ticket = signTestToken(draftId, 'delegate', false, userId);
    await database.db.negotiationMember.delete({ where: { negotiationId_userId: { negotiationId: testNegotiationId, userId } } });
    expect(await readUpgradeRefusal(upgradeUrl(draftId, ticket))).toEqual({
      status: 403,
      body: "You are not on this negotiation's roster.",
    });
  });

  it('refuses a ticket whose role is no longer the role held, a deactivated person, and a draft of another negotiation', async () => {
    const draftId = await createSampleDraft(database);
    const demoted = await addMember('delegate');
    const ticket = signTestToken(draftId, 'delegate', false, demoted);
    await database.db.negotiationMember.update({
      where: { negotiationId_userId: { negotiationId: testNegotiationId, userId: demoted } },
      data: { role: 'observer' },
    });
    expect((await readUpgradeRefusal(upgradeUrl(draftId, ticket))).body).toMatch(/role in this negotiation changed/);

    const deactivated = await addMember('delegate');
    await database.db.user.update({ where: { id: deactivated }, data: { active: false } });
    expect(await readUpgradeRefusal(upgradeUrl(draftId, signTestToken(draftId, 'delegate', false, deactivated)))).toEqual({
      status: 403,
      body: 'Your account is not active.',
    });

    // Signed for this draft but naming another negotiation (where this delegate also sits): the draft decides.
    await addTestMember(database, 'u-delegate', 'delegate', { negotiationId: openNegotiationId });
    const elsewhere = signTestToken(draftId, 'delegate', false, 'u-delegate', openNegotiationId);
    expect((await readUpgradeRefusal(upgradeUrl(draftId, elsewhere))).status).toBe(403);
  });

  it("closes a removed member's open connection with access-changed once the web app signals the change", async () => {
    const draftId = await createSampleDraft(database);
    const removed = await addMember('delegate');
    const staying = await addMember('delegate');
    const leaving = await connectSynced(signTestToken(draftId, 'delegate', false, removed), draftId);
    const colleague = await connectSynced(signTestToken(draftId, 'delegate', false, staying), draftId);
    await database.db.negotiationMember.delete({
      where: { negotiationId_userId: { negotiationId: testNegotiationId, userId: removed } },
    });
    await notifyRosterChanged({ negotiationId: testNegotiationId });
    await vi.waitFor(
      () =>
        expect(leaving.closed[0]).toEqual({ code: closeCodes.accessChanged, reason: "You were removed from this negotiation's roster." }),
      patience,
    );
    expect(colleague.closed).toEqual([]);
    // The colleague keeps working; the removed person's socket takes no part any more.
    const id = readParagraphOrder(colleague.doc)[0]!;
    typeInto(colleague.doc, id, 0, 'Still ');
    const room = await server.rooms.open(draftId);
    await vi.waitFor(() => expect(readDraftSnapshot(room.doc).paragraphs[0]!.text).toMatch(/^Still /), patience);
    expect(room.identities.map((identity) => identity.userId)).toEqual([staying]);
  });

  it('closes writable sockets when the draft is archived, keeps readers, and refuses writable tickets from then on', async () => {
    const draftId = await createSampleDraft(database);
    const writer = await addMember('delegate');
    const reader = await addMember('observer');
    const writing = await connectSynced(signTestToken(draftId, 'delegate', false, writer), draftId);
    const reading = await connectSynced(signTestToken(draftId, 'observer', true, reader), draftId);
    await database.db.draft.update({ where: { id: draftId }, data: { archivedAt: new Date() } });
    await notifyRosterChanged({ negotiationId: testNegotiationId });
    await vi.waitFor(
      () =>
        expect(writing.closed[0]).toEqual({
          code: closeCodes.accessChanged,
          reason: 'This draft was archived: it can be read but no longer changed.',
        }),
      patience,
    );
    expect(reading.closed).toEqual([]);
    expect(await readUpgradeRefusal(upgradeUrl(draftId, signTestToken(draftId, 'delegate', false, writer)))).toMatchObject({
      status: 403,
    });
    // The page reopens it with a read-only ticket, which is let in.
    await connectSynced(signTestToken(draftId, 'delegate', true, writer), draftId);
  });

  it('closes a removed member at the next save of the room, without any signal', async () => {
    const draftId = await createSampleDraft(database);
    const removed = await addMember('delegate');
    const leaving = await connectSynced(signTestToken(draftId, 'delegate', false, removed), draftId);
    const writer = await connectSynced(signTestToken(draftId), draftId);
    await database.db.negotiationMember.delete({
      where: { negotiationId_userId: { negotiationId: testNegotiationId, userId: removed } },
    });
    const id = readParagraphOrder(writer.doc)[1]!;
    typeInto(writer.doc, id, 0, 'Again ');
    const room = await server.rooms.open(draftId);
    await vi.waitFor(() => expect(readDraftSnapshot(room.doc).paragraphs[1]!.text).toMatch(/^Again /), patience);
    expect(await flush(draftId)).toBe(204);
    await vi.waitFor(() => expect(leaving.closed[0]?.code).toBe(closeCodes.accessChanged), patience);
    expect(writer.closed).toEqual([]);
  });

  it('closes a connection whose role changed with access-changed, on a signal about that person', async () => {
    const draftId = await createSampleDraft(database);
    const userId = await addMember('delegate');
    const client = await connectSynced(signTestToken(draftId, 'delegate', false, userId), draftId);
    await database.db.negotiationMember.update({
      where: { negotiationId_userId: { negotiationId: testNegotiationId, userId } },
      data: { role: 'observer' },
    });
    await notifyRosterChanged({ userId });
    await vi.waitFor(
      () =>
        expect(client.closed[0]).toEqual({
          code: closeCodes.accessChanged,
          reason: 'Your role in this negotiation changed; reopen the draft.',
        }),
      patience,
    );
  });

  it('closes the sockets of a deactivated person', async () => {
    const draftId = await createSampleDraft(database);
    const userId = await addMember('secretariat');
    const client = await connectSynced(signTestToken(draftId, 'secretariat', false, userId), draftId);
    await database.db.user.update({ where: { id: userId }, data: { active: false } });
    await notifyRosterChanged({ userId });
    await vi.waitFor(
      () => expect(client.closed[0]).toEqual({ code: closeCodes.accessChanged, reason: 'Your account was deactivated.' }),
      patience,
    );
  });

  it('refuses a roster signal that is not signed with the shared secret', async () => {
    const body = JSON.stringify({ negotiationId: testNegotiationId });
    const post = (signature: string) =>
      fetch(`http://127.0.0.1:${server.port}${rosterChangedPath}`, {
        method: 'POST',
        headers: { [realtimeSignalHeader]: signature },
        body,
      });
    expect((await post(signRealtimeSignal(body, 'another-secret-0123456789abcdef0123'))).status).toBe(401);
    expect((await post(signRealtimeSignal(body, testSecret))).status).toBe(200);
  });

  it('lets anyone signed in read, not write, a draft of a negotiation open to all', async () => {
    const { id: draftId } = await createDraft(database.db, {
      title: 'Open draft',
      createdById: database.userId,
      negotiationId: openNegotiationId,
      from: { document: sampleDocument },
    });
    await createTestUser(database, 'u-reader');
    await addTestMember(database, 'u-open-delegate', 'delegate', { negotiationId: openNegotiationId });
    const reader = await connectSynced(signTestToken(draftId, 'observer', true, 'u-reader', openNegotiationId), draftId);
    const writer = await connectSynced(signTestToken(draftId, 'delegate', false, 'u-open-delegate', openNegotiationId), draftId);
    const id = readParagraphOrder(reader.doc)[0]!;
    typeInto(reader.doc, id, 0, 'READER ');
    typeInto(writer.doc, id, 9, ' firmly');
    // The reader sees the delegate's change; the delegate never sees the reader's.
    await vi.waitFor(() => expect(readDraftSnapshot(reader.doc).paragraphs[0]!.text).toMatch(/firmly/), patience);
    expect(await flush(draftId)).toBe(204);
    expect(readDraftSnapshot(writer.doc).paragraphs[0]!.text).toBe('Recalling firmly its resolution 9/1,');
    const rows = await database.db.draftParagraph.findMany({ where: { draftId }, orderBy: { position: 'asc' } });
    expect(rows[0]!.text).toBe('Recalling firmly its resolution 9/1,');
    // The same person cannot claim a writing role there.
    const writing = signTestToken(draftId, 'delegate', false, 'u-reader', openNegotiationId);
    expect((await readUpgradeRefusal(upgradeUrl(draftId, writing))).status).toBe(403);
    expect(reader.closed.map((close) => close.code)).not.toContain(closeCodes.accessChanged);
  });

  it("records each person's first accepted change in a loaded draft once, as 'draft.edit'", async () => {
    const draftId = await createSampleDraft(database);
    const first = await addMember('delegate');
    const second = await addMember('delegate');
    const a = await connectSynced(signTestToken(draftId, 'delegate', false, first), draftId);
    const b = await connectSynced(signTestToken(draftId, 'delegate', false, second), draftId);
    const observer = await connectSynced(signTestToken(draftId, 'observer', true), draftId);
    const id = readParagraphOrder(a.doc)[2]!;
    for (const word of ['one ', 'two ', 'three ']) {
      typeInto(a.doc, id, 0, word);
      typeInto(b.doc, id, 0, word.toUpperCase());
    }
    typeInto(observer.doc, id, 0, 'IGNORED ');
    const room = await server.rooms.open(draftId);
    await vi.waitFor(() => expect(readDraftSnapshot(room.doc).paragraphs[2]!.text.match(/one |ONE /g)).toHaveLength(2), patience);
    expect(await flush(draftId)).toBe(204);
    const rows = await database.db.auditEvent.findMany({ where: { draftId, action: 'draft.edit' } });
    expect(rows.map((row) => row.actorId).sort()).toEqual([first, second].sort());
    expect(rows.every((row) => row.target === 'draft' && row.delegationCode === 'FRA')).toBe(true);
  });
});
