import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { deadlinesChangedPath, realtimeSignalHeader, signRealtimeSignal } from '@/lib/auth/realtime-token';
import { readParagraphOrder } from '@/lib/draft';
import { createProposal, readProposals } from '@/lib/proposals';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { createPreparedProposal } from '@/server/prepared-proposals/create-prepared-proposal';
import { tablePreparedProposal } from '@/server/prepared-proposals/table-prepared-proposal';
import { addTestMember as addNegotiationMember } from '@/test-support/negotiation-members';
import { readDeadlinesForDrafts } from '@/server/deadlines/read-deadlines-for-drafts';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import {
  connectClient,
  createSampleDraft,
  createTestDatabase,
  signTestToken,
  testNegotiationId,
  testSecret,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';
import { startRealtimeServer, type RealtimeServer } from './server';

let database: TestDatabase;
let server: RealtimeServer;
const clients: TestClient[] = [];

async function connectAs(draftId: string, role: 'delegate' | 'facilitator'): Promise<TestClient> {
  const client = connectClient(server.port, draftId, signTestToken(draftId, role));
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), { timeout: 10_000 });
  return client;
}

function propose(client: TestClient, paragraphId: string): string {
  return createProposal(client.doc, {
    kind: 'amend',
    paragraphId,
    text: 'Urges all States to act;',
    delegation: 'FRA',
    delegationName: 'France',
    authorId: 'u-delegate',
    authorName: 'Delegate',
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.negotiation.update({ where: { id: testNegotiationId }, data: { timeZone: 'Europe/Vienna' } });
  server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    membership: createPrismaMembershipChecker(database.db),
    persistence: createPrismaDraftPersistence(database.db),
    deadlines: { read: (draftIds) => readDeadlinesForDrafts(database.db, draftIds) },
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

describe('proposal deadlines on the realtime server', () => {
  it('refuses a new proposal after the deadline by its own clock, and takes one once the facilitator reopened', async () => {
    const draftId = await createSampleDraft(database);
    const closesAt = new Date(Date.now() - 60_000);
    await database.db.proposalDeadline.create({ data: { draftId, paragraphId: '', closesAt, setById: database.userId } });
    const watcher = await connectAs(draftId, 'facilitator');
    const late = await connectAs(draftId, 'delegate');
    const paragraphId = readParagraphOrder(late.doc)[0]!;
    propose(late, paragraphId);
    await vi.waitFor(() => expect(late.refusals.map((refusal) => refusal.rule)).toContain('deadlines'), { timeout: 10_000 });
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Vienna',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(closesAt);
    expect(late.refusals.find((refusal) => refusal.rule === 'deadlines')?.reason).toMatch(
      new RegExp(`^Proposals on this draft closed at ${time} Vienna time \\(.+\\); ask the facilitator to reopen them\\.$`),
    );
    expect(readProposals(watcher.doc)).toEqual([]);

    // Reopened in the database, then the web app's signal (as the route does): in force once it is answered.
    await database.db.proposalDeadline.updateMany({ where: { draftId }, data: { reopenedAt: new Date() } });
    const body = JSON.stringify({ draftId });
    const unsigned = await fetch(`http://127.0.0.1:${server.port}${deadlinesChangedPath}`, { method: 'POST', body });
    expect(unsigned.status).toBe(401);
    const signal = await fetch(`http://127.0.0.1:${server.port}${deadlinesChangedPath}`, {
      method: 'POST',
      headers: { [realtimeSignalHeader]: signRealtimeSignal(body, testSecret) },
      body,
    });
    expect(await signal.json()).toEqual({ refreshed: true });
    const room = await server.rooms.open(draftId);
    expect(room.readRuleExtras().deadlines?.deadlines[0]?.reopenedAt).not.toBeNull();
    const after = await connectAs(draftId, 'delegate');
    const id = propose(after, paragraphId);
    await vi.waitFor(() => expect(readProposals(watcher.doc).map((proposal) => proposal.id)).toEqual([id]), { timeout: 10_000 });
    expect(after.refusals).toEqual([]);
  });

  it('refuses tabling a prepared proposal after the deadline, in the same words', async () => {
    const draftId = await createSampleDraft(database);
    const paragraphId = (await database.db.draftParagraph.findFirstOrThrow({ where: { draftId }, orderBy: { position: 'asc' } })).id;
    const eva = await addNegotiationMember(database.db, {
      email: 'eva-deadlines@example.org',
      name: 'Eva',
      delegation: { code: 'EU', name: 'European Union' },
      role: 'delegate',
    });
    const prepared = await createPreparedProposal(database.db, eva, draftId, {
      paragraphId,
      kind: 'amend',
      text: 'Recalling with appreciation its resolution 9/1,',
      explanation: '',
    });
    await database.db.proposalDeadline.create({
      data: { draftId, paragraphId: '', closesAt: new Date(Date.now() - 1_000), setById: database.userId },
    });
    await expect(
      tablePreparedProposal(database.db, eva, draftId, prepared.id, { baseUrl: `http://127.0.0.1:${server.port}`, secret: testSecret }),
    ).rejects.toThrow(/Proposals on this draft closed at .* Vienna time/);
  });

  it('refuses only on the paragraph whose deadline passed', async () => {
    const draftId = await createSampleDraft(database);
    const watcher = await connectAs(draftId, 'facilitator');
    const [first, second] = readParagraphOrder(watcher.doc) as [string, string];
    await database.db.proposalDeadline.create({
      data: { draftId, paragraphId: second, closesAt: new Date(Date.now() - 1_000), setById: database.userId },
    });
    const room = await server.rooms.open(draftId);
    await vi.waitFor(() => expect(room.readRuleExtras().deadlines?.deadlines).toHaveLength(1), { timeout: 10_000 });
    const open = await connectAs(draftId, 'delegate');
    const id = propose(open, first);
    await vi.waitFor(() => expect(readProposals(watcher.doc).map((proposal) => proposal.id)).toEqual([id]), { timeout: 10_000 });
    const closed = await connectAs(draftId, 'delegate');
    propose(closed, second);
    await vi.waitFor(
      () => expect(closed.refusals.map((refusal) => refusal.reason)).toContainEqual(expect.stringMatching(/^Proposals on OP 1 closed at/)),
      {
        timeout: 10_000,
      },
    );
    expect(readProposals(watcher.doc)).toHaveLength(1);
  });
});
