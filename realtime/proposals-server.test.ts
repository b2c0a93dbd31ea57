import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureUpdate } from '@/test-support/yjs-sync';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import type { Role } from '@/lib/auth/permissions';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import {
  acceptProposal,
  createProposal,
  getProposal,
  objectToProposal,
  proposalKeys,
  readDraftMode,
  readProposals,
  setDraftMode,
  supportProposal,
  withdrawProposal,
} from '@/lib/proposals';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { listParagraphHistory } from '@/server/proposals/list-paragraph-history';
import { listProposals } from '@/server/proposals/list-proposals';
import { encodeUpdateMessage, messageRefusal, type RefusalMessage } from './protocol';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import { startRealtimeServer, type RealtimeServer } from './server';
import {
  connectClient,
  createSampleDraft,
  addTestMember,
  createTestDatabase,
  testSecret,
  typeInto,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';

let database: TestDatabase;
let server: RealtimeServer;
const clients: TestClient[] = [];

interface Person {
  userId: string;
  delegationCode: string;
  role: Role;
  name: string;
}

const eu: Person = { userId: 'u-eu', delegationCode: 'EU', role: 'delegate', name: 'Eva' };
const col: Person = { userId: 'u-col', delegationCode: 'COL', role: 'delegate', name: 'Carlos' };
const usa: Person = { userId: 'u-usa', delegationCode: 'USA', role: 'delegate', name: 'Sam' };
const chair: Person = { userId: 'u-chair', delegationCode: 'CHAIR', role: 'facilitator', name: 'Chair' };

function signToken(draftId: string, person: Person): string {
  return signRealtimeToken(
    {
      userId: person.userId,
      draftId,
      negotiationId: 'test-negotiation',
      role: person.role,
      delegationCode: person.delegationCode,
      readOnly: false,
    },
    testSecret,
  );
}

async function connectAs(draftId: string, person: Person): Promise<TestClient> {
  const client = connectClient(server.port, draftId, signToken(draftId, person));
  clients.push(client);
  // Opening a socket now also reads the roster; a loaded machine may take a while.
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), { timeout: 10_000 });
  return client;
}

function proposeAs(
  client: TestClient,
  person: Person,
  init: Omit<Parameters<typeof createProposal>[1], 'delegation' | 'delegationName' | 'authorId' | 'authorName'>,
) {
  return createProposal(client.doc, {
    delegation: person.delegationCode,
    delegationName: person.delegationCode,
    authorId: person.userId,
    authorName: person.name,
    ...init,
  });
}

/** A private replica of the server's document, to craft updates from without any client library in between. */
async function replicateRoom(draftId: string, clientId?: number): Promise<Y.Doc> {
  const room = await server.rooms.open(draftId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  // Set after syncing: Yjs gives a document a fresh id when it receives structs under its own.
  if (clientId !== undefined) doc.clientID = clientId;
  return doc;
}

/**
 * Sends one sync update over a bare socket and resolves with the server's refusal (the socket stays open:
 * it is closed here once the refusal arrived), or with how the server closed the socket.
 */
function sendCraftedUpdate(
  draftId: string,
  person: Person,
  update: Uint8Array,
): Promise<{ refused: boolean; reason: string; code?: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/draft-${draftId}?token=${signToken(draftId, person)}`);
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== messageRefusal) return;
      const { reason } = JSON.parse(decoding.readVarString(decoder)) as RefusalMessage;
      resolve({ refused: true, reason });
      ws.close();
    });
    ws.on('close', (code, reason) => resolve({ refused: false, code, reason: reason.toString() }));
    ws.on('error', reject);
    ws.on('open', () => ws.send(encodeUpdateMessage(update)));
  });
}

interface StoredState {
  ydocState: Buffer | null;
  audit: number;
}

async function readStoredState(draftId: string): Promise<StoredState> {
  const room = await server.rooms.open(draftId);
  await room.flushSave();
  const draft = await database.db.draft.findUniqueOrThrow({ where: { id: draftId }, select: { ydocState: true } });
  const audit = await database.db.auditEvent.count({ where: { draftId } });
  return { ydocState: draft.ydocState ? Buffer.from(draft.ydocState) : null, audit };
}

async function expectUnchanged(draftId: string, before: StoredState): Promise<void> {
  const after = await readStoredState(draftId);
  expect(after.audit).toBe(before.audit);
  expect(after.ydocState?.equals(before.ydocState ?? Buffer.alloc(0))).toBe(true);
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (const person of [eu, col, usa, chair]) await addTestMember(database, person.userId, person.role);
  server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    membership: createPrismaMembershipChecker(database.db),
    persistence: createPrismaDraftPersistence(database.db),
    timing: { saveDebounceMs: 50, saveMaxWaitMs: 500 },
    log: () => undefined,
  });
});

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

afterAll(async () => {
  await server.close();
  await database.dispose();
});

describe('proposals on the realtime server', () => {
  it("(a) refuses a proposal record made in another delegation's name", async () => {
    const draftId = await createSampleDraft(database);
    const watcher = await connectAs(draftId, chair);
    const before = await readStoredState(draftId);
    const doc = await replicateRoom(draftId);
    const paragraphId = readParagraphOrder(doc)[1]!;
    const forged = captureUpdate(doc, () =>
      createProposal(doc, {
        kind: 'delete',
        paragraphId,
        delegation: 'COL',
        delegationName: 'Colombia',
        authorId: eu.userId,
        authorName: 'Eva',
      }),
    );
    const refused = await sendCraftedUpdate(draftId, eu, forged);
    expect(refused.refused).toBe(true);
    expect(refused.reason).toMatch(/own delegation \(EU\)/);
    const impostor = await replicateRoom(draftId);
    const asOther = captureUpdate(impostor, () =>
      createProposal(impostor, {
        kind: 'delete',
        paragraphId,
        delegation: 'EU',
        delegationName: 'EU',
        authorId: col.userId,
        authorName: 'Carlos',
      }),
    );
    expect((await sendCraftedUpdate(draftId, eu, asOther)).reason).toMatch(/as yourself/);
    await expectUnchanged(draftId, before);
    expect(readProposals(watcher.doc)).toEqual([]);
  });

  it('(b) refuses an update under a client id another user already wrote with', async () => {
    const draftId = await createSampleDraft(database);
    const colClient = await connectAs(draftId, col);
    const paragraphId = readParagraphOrder(colClient.doc)[0]!;
    typeInto(colClient.doc, paragraphId, 0, 'Also ');
    const room = await server.rooms.open(draftId);
    await vi.waitFor(() => expect(readDraftSnapshot(room.doc).paragraphs[0]!.text).toBe('Also Recalling its resolution 9/1,'));
    const before = await readStoredState(draftId);
    const doc = await replicateRoom(draftId, colClient.doc.clientID);
    const update = captureUpdate(doc, () => typeInto(doc, paragraphId, 0, 'Hijacked '));
    const refused = await sendCraftedUpdate(draftId, eu, update);
    expect(refused).toMatchObject({ refused: true, reason: expect.stringMatching(/belongs to another participant/) });
    await expectUnchanged(draftId, before);
    // The owner keeps writing under its id.
    typeInto(colClient.doc, paragraphId, 0, 'Still ');
    await vi.waitFor(() => expect(readDraftSnapshot(room.doc).paragraphs[0]!.text).toBe('Still Also Recalling its resolution 9/1,'));
    expect(colClient.closed).toEqual([]);
  });

  it("(c) refuses a delegate accepting a proposal and (d) supporting in another delegation's name", async () => {
    const draftId = await createSampleDraft(database);
    const euClient = await connectAs(draftId, eu);
    const id = proposeAs(euClient, eu, {
      kind: 'amend',
      paragraphId: readParagraphOrder(euClient.doc)[1]!,
      text: 'Urges all States parties to act;',
    });
    const room = await server.rooms.open(draftId);
    await vi.waitFor(() => expect(readProposals(room.doc)).toHaveLength(1));
    await vi.waitFor(async () => expect(await database.db.auditEvent.count({ where: { draftId, action: { not: 'draft.edit' } } })).toBe(1));
    const before = await readStoredState(draftId);

    const accepting = await replicateRoom(draftId);
    const accept = captureUpdate(accepting, () => getProposal(accepting, id).set(proposalKeys.status, 'accepted'));
    expect(await sendCraftedUpdate(draftId, eu, accept)).toMatchObject({ refused: true, reason: expect.stringMatching(/facilitator/) });
    const fullAccept = await replicateRoom(draftId);
    const applied = captureUpdate(fullAccept, () => acceptProposal(fullAccept, id, { decidedBy: eu.userId }));
    expect((await sendCraftedUpdate(draftId, eu, applied)).refused).toBe(true);

    const supporting = await replicateRoom(draftId);
    const support = captureUpdate(supporting, () => supportProposal(supporting, id, 'COL'));
    expect(await sendCraftedUpdate(draftId, eu, support)).toMatchObject({ refused: true, reason: expect.stringMatching(/own delegation/) });
    const editing = await replicateRoom(draftId);
    const rewrite = captureUpdate(editing, () => getProposal(editing, id).set(proposalKeys.text, 'Something else;'));
    expect((await sendCraftedUpdate(draftId, eu, rewrite)).reason).toMatch(/exactly one version/);
    const withdrawing = await replicateRoom(draftId);
    const withdraw = captureUpdate(withdrawing, () => withdrawProposal(withdrawing, id));
    expect((await sendCraftedUpdate(draftId, col, withdraw)).reason).toMatch(/proposing delegation/);

    await expectUnchanged(draftId, before);
    expect(readProposals(room.doc)[0]).toMatchObject({ status: 'open', supporters: [], text: 'Urges all States parties to act;' });
    expect(euClient.closed).toEqual([]);
  });

  it('(e) writes audit rows in order and Proposal rows for create, support, object, withdraw and accept', async () => {
    const draftId = await createSampleDraft(database);
    const euClient = await connectAs(draftId, eu);
    const colClient = await connectAs(draftId, col);
    const usaClient = await connectAs(draftId, usa);
    const chairClient = await connectAs(draftId, chair);
    const [, urges] = readParagraphOrder(euClient.doc) as [string, string];
    const first = proposeAs(euClient, eu, { kind: 'amend', paragraphId: urges, text: 'Urges all States parties to act swiftly;' });
    await vi.waitFor(() => expect(readProposals(colClient.doc)).toHaveLength(1));
    supportProposal(colClient.doc, first, col.delegationCode);
    await vi.waitFor(() => expect(readProposals(usaClient.doc)[0]?.supporters).toEqual(['COL']));
    objectToProposal(usaClient.doc, first, usa.delegationCode);
    await vi.waitFor(() => expect(readProposals(euClient.doc)[0]?.objectors).toEqual(['USA']));
    const second = proposeAs(euClient, eu, { kind: 'delete', paragraphId: urges });
    withdrawProposal(euClient.doc, second);
    await vi.waitFor(() => expect(readProposals(chairClient.doc).map((p) => p.status)).toEqual(['open', 'withdrawn']));
    acceptProposal(chairClient.doc, first, { decidedBy: chair.userId });
    await vi.waitFor(() => expect(readDraftSnapshot(euClient.doc).paragraphs[1]!.text).toBe('Urges all States parties to act swiftly;'));

    await vi.waitFor(async () => expect(await database.db.auditEvent.count({ where: { draftId, action: { not: 'draft.edit' } } })).toBe(6));
    const rows = await database.db.auditEvent.findMany({
      where: { draftId, action: { not: 'draft.edit' } },
      orderBy: { createdAt: 'asc' },
    });
    expect(rows.map((row) => [row.action, row.actorId, row.delegationCode, row.target])).toEqual([
      ['proposal.create', eu.userId, 'EU', first],
      ['proposal.support', col.userId, 'COL', first],
      ['proposal.object', usa.userId, 'USA', first],
      ['proposal.create', eu.userId, 'EU', second],
      ['proposal.withdraw', eu.userId, 'EU', second],
      ['proposal.accept', chair.userId, 'CHAIR', first],
    ]);
    expect(JSON.parse(rows[0]!.detail!)).toMatchObject({
      kind: 'amend',
      paragraphId: urges,
      paragraph: '1',
      text: 'Urges all States parties to act swiftly;',
      baseText: 'Urges States parties to act;',
    });

    await vi.waitFor(async () => {
      const proposals = await database.db.proposal.findMany({ where: { draftId }, orderBy: { createdAt: 'asc' } });
      expect(proposals.map((p) => [p.id, p.kind, p.delegation, p.status, p.supporters, p.objectors, p.decidedBy])).toEqual([
        [first, 'amend', 'EU', 'accepted', '["COL"]', '["USA"]', chair.userId],
        [second, 'delete', 'EU', 'withdrawn', '[]', '[]', null],
      ]);
    });
    await vi.waitFor(async () => {
      const listing = await listProposals(database.db, draftId);
      expect(listing[0]).toMatchObject({
        id: first,
        paragraph: '1',
        kind: 'amend',
        delegation: 'EU',
        author: 'Eva',
        status: 'accepted',
        supporters: ['COL'],
        objectors: ['USA'],
      });
    });
    const history = await listParagraphHistory(database.db, draftId, urges);
    expect(history.map((entry) => [entry.action, entry.delegation])).toEqual([
      ['proposal.create', 'EU'],
      ['proposal.support', 'COL'],
      ['proposal.object', 'USA'],
      ['proposal.create', 'EU'],
      ['proposal.withdraw', 'EU'],
      ['proposal.accept', 'CHAIR'],
    ]);
  });

  it("(f) in negotiation mode refuses a delegate's direct edit and applies the facilitator's", async () => {
    const draftId = await createSampleDraft(database);
    const chairClient = await connectAs(draftId, chair);
    const delegate = await connectAs(draftId, eu);
    const proposer = await connectAs(draftId, col);
    const paragraphId = readParagraphOrder(chairClient.doc)[0]!;
    setDraftMode(chairClient.doc, 'negotiation');
    await vi.waitFor(() => {
      expect(readDraftMode(delegate.doc)).toBe('negotiation');
      expect(readDraftMode(proposer.doc)).toBe('negotiation');
    });
    typeInto(delegate.doc, paragraphId, 0, 'Direct ');
    await vi.waitFor(() =>
      expect(delegate.refusals[0]).toMatchObject({
        rule: 'proposals',
        reason: expect.stringMatching(/negotiation/),
        paragraphIds: [paragraphId],
      }),
    );
    expect(delegate.closed).toEqual([]);
    // Proposals still go through for delegates.
    proposeAs(proposer, col, { kind: 'amend', paragraphId, text: 'Recalling also its resolution 9/1,' });
    typeInto(chairClient.doc, paragraphId, 0, 'Chair: ');
    await vi.waitFor(async () => {
      const rows = await database.db.draftParagraph.findMany({ where: { draftId }, orderBy: { position: 'asc' } });
      expect(rows[0]!.text).toBe('Chair: Recalling its resolution 9/1,');
      expect(await database.db.proposal.count({ where: { draftId } })).toBe(1);
    });
    expect(proposer.closed).toEqual([]);
    const actions = await database.db.auditEvent.findMany({
      where: { draftId, action: { not: 'draft.edit' } },
      orderBy: { createdAt: 'asc' },
    });
    expect(actions.map((row) => [row.action, row.delegationCode])).toEqual([
      ['draft.mode', 'CHAIR'],
      ['proposal.create', 'COL'],
    ]);
    // Only the facilitator switches the mode back.
    const doc = await replicateRoom(draftId);
    const switchBack = captureUpdate(doc, () => setDraftMode(doc, 'drafting'));
    expect((await sendCraftedUpdate(draftId, col, switchBack)).reason).toMatch(/Only the facilitator/);
  });
});
