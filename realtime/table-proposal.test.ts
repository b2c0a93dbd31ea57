import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { signTablingRequest, type TablingRequest } from '@/lib/auth/tabling-request';
import { createProposalId, readProposalRecords } from '@/lib/proposals';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { createPreparedProposal } from '@/server/prepared-proposals/create-prepared-proposal';
import { tablePreparedProposal } from '@/server/prepared-proposals/table-prepared-proposal';
import type { CurrentUser } from '@/server/users/find-user';
import { addTestMember } from '@/test-support/negotiation-members';
import { createSampleDraft, createTestDatabase, testNegotiationId, testSecret, type TestDatabase } from '@/test-support/realtime-server';
import { startRealtimeServer, type RealtimeServer } from './server';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';

let database: TestDatabase;
let server: RealtimeServer;
let eva: CurrentUser;
let emil: CurrentUser;
let sam: CurrentUser;
const cleanups: (() => void)[] = [];

interface RecordingClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every frame the server sent this client: sync steps, updates and presence. */
  received: Buffer[];
}

/** A browser-like client that keeps every byte it receives, to look for what must never reach it. */
function connectRecording(draftId: string, person: CurrentUser, delegation: { code: string; name: string }): RecordingClient {
  const received: Buffer[] = [];
  class RecordingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer) => received.push(Buffer.from(data)));
    }
  }
  const token = signRealtimeToken(
    {
      userId: person.id,
      draftId,
      negotiationId: testNegotiationId,
      role: 'delegate',
      delegationCode: delegation.code,
      delegationName: delegation.name,
      userName: person.name,
      readOnly: false,
    },
    testSecret,
  );
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${server.port}`, `draft-${draftId}`, doc, {
    params: { token },
    WebSocketPolyfill: RecordingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  cleanups.push(() => {
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider, received };
}

function postTabling(draftId: string, body: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}/draft-${draftId}/proposals`, { method: 'POST', body });
}

async function firstParagraph(draftId: string): Promise<string> {
  return (await database.db.draftParagraph.findFirstOrThrow({ where: { draftId }, orderBy: { position: 'asc' } })).id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const eu = { code: 'EU', name: 'European Union' };
  eva = await addTestMember(db, { email: 'eva@example.org', name: 'Eva', delegation: eu, role: 'delegate' });
  emil = await addTestMember(db, { email: 'emil@example.org', name: 'Emil', delegation: eu, role: 'delegate' });
  sam = await addTestMember(db, {
    email: 'sam@example.org',
    name: 'Sam',
    delegation: { code: 'USA', name: 'United States' },
    role: 'delegate',
  });
  server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    persistence: createPrismaDraftPersistence(db),
    membership: createPrismaMembershipChecker(db),
    log: () => undefined,
  });
});

/** Polling bound for what crosses the network: a loaded machine is slow, never wrong. */
const generous = { timeout: 10_000, interval: 25 };

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

describe('tabling a prepared proposal through the realtime server', () => {
  it("sends another delegation no byte of a prepared proposal until it is tabled; then it arrives as the delegation's, in the drafter's name", async () => {
    const draftId = await createSampleDraft(database);
    const paragraphId = await firstParagraph(draftId);
    const wording = 'Recalling with deep appreciation its resolution 9/1,';
    const usa = connectRecording(draftId, sam, { code: 'USA', name: 'United States' });
    const colleague = connectRecording(draftId, emil, { code: 'EU', name: 'European Union' });
    await vi.waitFor(() => expect(usa.provider.synced && colleague.provider.synced).toBe(true), generous);

    const prepared = await createPreparedProposal(database.db, eva, draftId, {
      paragraphId,
      kind: 'amend',
      text: wording,
      explanation: 'Warmer',
    });
    // The EU's colleague is in the room and moves about while the proposal is private: the USA sees that presence.
    colleague.provider.awareness.setLocalStateField('cursor', { paragraphId, marker: 'after-preparing' });
    await vi.waitFor(() => {
      const states = [...usa.provider.awareness.getStates().values()];
      expect(JSON.stringify(states)).toContain('after-preparing');
    }, generous);

    const everything = () => Buffer.concat(usa.received);
    expect(everything().includes(Buffer.from(wording))).toBe(false);
    expect(everything().includes(Buffer.from('with deep appreciation'))).toBe(false);
    expect(Buffer.from(Y.encodeStateAsUpdate(usa.doc)).includes(Buffer.from('with deep appreciation'))).toBe(false);
    expect(JSON.stringify([...usa.provider.awareness.getStates().values()])).not.toContain('appreciation');
    expect(readProposalRecords(usa.doc)).toEqual([]);

    const tabled = await tablePreparedProposal(database.db, emil, draftId, prepared.id, {
      baseUrl: `http://127.0.0.1:${server.port}`,
      secret: testSecret,
    });
    await vi.waitFor(() => expect(readProposalRecords(usa.doc).map((record) => record.text)).toEqual([wording]), generous);
    const [record] = readProposalRecords(usa.doc);
    expect(record).toMatchObject({
      id: tabled.tabled!.proposalId,
      kind: 'amend',
      paragraphId,
      delegation: 'EU',
      delegationName: 'European Union',
      authorId: eva.id,
      authorName: 'Eva',
      status: 'open',
      createdAt: tabled.tabled!.at,
    });
    // The same inspection now finds it: the check above could see it had it been sent.
    expect(everything().includes(Buffer.from(wording))).toBe(true);
  });

  it('loads a draft nobody has open, saves the tabled proposal, and answers a retry with the same record', async () => {
    const draftId = await createSampleDraft(database);
    const paragraphId = await firstParagraph(draftId);
    const tabling: TablingRequest = {
      draftId,
      negotiationId: testNegotiationId,
      proposalId: createProposalId(),
      kind: 'add',
      paragraphId,
      text: 'Encourages States parties to share good practices;',
      explanation: 'Agreed language from resolution 9/1.',
      delegation: 'EU',
      delegationName: 'European Union',
      authorId: eva.id,
      authorName: 'Eva',
      tabledById: emil.id,
      role: 'delegate',
      tabledAt: new Date().toISOString(),
    };
    const first = await postTabling(draftId, signTablingRequest(tabling, testSecret));
    expect(first.status).toBe(200);
    const again = await postTabling(
      draftId,
      signTablingRequest({ ...tabling, tabledAt: new Date(Date.now() + 5_000).toISOString() }, testSecret),
    );
    expect(await again.json()).toEqual({ proposalId: tabling.proposalId, createdAt: tabling.tabledAt });
    const rows = await database.db.proposal.findMany({ where: { draftId } });
    // The prepared explanation travels with the tabled proposal into the plain projection.
    expect(rows).toMatchObject([
      { id: tabling.proposalId, kind: 'add', delegation: 'EU', authorId: eva.id, explanation: 'Agreed language from resolution 9/1.' },
    ]);
  });

  it('refuses a forged or misdirected request, and a proposal the rules would refuse a browser, changing nothing', async () => {
    const draftId = await createSampleDraft(database);
    const otherDraftId = await createSampleDraft(database);
    const paragraphId = await firstParagraph(draftId);
    const tabling: TablingRequest = {
      draftId,
      negotiationId: testNegotiationId,
      proposalId: createProposalId(),
      kind: 'amend',
      paragraphId,
      text: 'Recalling, as it must, its resolution 9/1,',
      delegation: 'EU',
      delegationName: 'European Union',
      authorId: eva.id,
      authorName: 'Eva',
      tabledById: eva.id,
      role: 'delegate',
      tabledAt: new Date().toISOString(),
    };
    expect((await postTabling(draftId, 'not.signed')).status).toBe(401);
    expect((await postTabling(draftId, signTablingRequest(tabling, 'another-secret-0123456789abcdefghij'))).status).toBe(401);
    expect((await postTabling(otherDraftId, signTablingRequest(tabling, testSecret))).status).toBe(401);
    const observer = await postTabling(draftId, signTablingRequest({ ...tabling, role: 'observer' }, testSecret));
    expect(observer.status).toBe(409);
    const observerRefusal = (await observer.json()) as { error: string; code?: string };
    expect(observerRefusal.error).toMatch(/cannot make proposals/);
    // The rule's code travels with its sentence, so the person is told why in their own language.
    expect(observerRefusal.code).toBe('proposal-not-allowed');
    const gone = await postTabling(draftId, signTablingRequest({ ...tabling, paragraphId: 'no-such-paragraph' }, testSecret));
    expect(gone.status).toBe(409);
    await server.rooms.flush(draftId);
    expect(await database.db.proposal.count({ where: { draftId: { in: [draftId, otherDraftId] } } })).toBe(0);
  });

  it("meets the draft's size cap like a browser's proposal", async () => {
    const full = await startRealtimeServer({
      port: 0,
      secret: testSecret,
      persistence: createPrismaDraftPersistence(database.db),
      membership: createPrismaMembershipChecker(database.db),
      limits: { maxDraftBytes: 200 },
      log: () => undefined,
    });
    try {
      const draftId = await createSampleDraft(database);
      const tabling: TablingRequest = {
        draftId,
        negotiationId: testNegotiationId,
        proposalId: createProposalId(),
        kind: 'delete',
        paragraphId: await firstParagraph(draftId),
        text: '',
        delegation: 'EU',
        delegationName: 'European Union',
        authorId: eva.id,
        authorName: 'Eva',
        tabledById: eva.id,
        role: 'delegate',
        tabledAt: new Date().toISOString(),
      };
      const response = await fetch(`http://127.0.0.1:${full.port}/draft-${draftId}/proposals`, {
        method: 'POST',
        body: signTablingRequest(tabling, testSecret),
      });
      expect(response.status).toBe(413);
      await full.rooms.flush(draftId);
      expect(await database.db.proposal.count({ where: { draftId } })).toBe(0);
    } finally {
      await full.close();
    }
  });
});
