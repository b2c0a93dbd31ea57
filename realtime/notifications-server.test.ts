import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { signTablingRequest } from '@/lib/auth/tabling-request';
import { readParagraphOrder } from '@/lib/draft';
import { acceptProposal, createProposal, createProposalId, readProposals, rejectProposal } from '@/lib/proposals';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { notifyProposalEvents } from '@/server/notifications/notify-proposal-events';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import {
  connectClient,
  createSampleDraft,
  createTestDatabase,
  testNegotiationId,
  testSecret,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';
import { withNotifications } from './notification-recorder';
import { startRealtimeServer, type RealtimeServer } from './server';

interface Person {
  userId: string;
  delegationCode: string;
  role: Role;
}

const eu: Person = { userId: 'n-eu', delegationCode: 'EU', role: 'delegate' };
const mex: Person = { userId: 'n-mex', delegationCode: 'MEX', role: 'delegate' };
const usa: Person = { userId: 'n-usa', delegationCode: 'USA', role: 'delegate' };
const chair: Person = { userId: 'n-chair', delegationCode: 'CHAIR', role: 'facilitator' };

let database: TestDatabase;
let server: RealtimeServer;
let persistence: ReturnType<typeof withNotifications>;
const logged: string[] = [];
const clients: TestClient[] = [];

async function addPerson(person: Person): Promise<void> {
  const delegation = await database.db.delegation.upsert({
    where: { code: person.delegationCode },
    create: { code: person.delegationCode, name: person.delegationCode, colour: '#345678' },
    update: {},
  });
  await database.db.user.create({
    data: { id: person.userId, email: `${person.userId}@example.org`, name: person.userId, passwordHash: 'x', delegationId: delegation.id },
  });
  await database.db.negotiationMember.create({ data: { negotiationId: testNegotiationId, userId: person.userId, role: person.role } });
}

async function connectAs(draftId: string, person: Person): Promise<TestClient> {
  const token = signRealtimeToken(
    {
      userId: person.userId,
      draftId,
      negotiationId: testNegotiationId,
      role: person.role,
      delegationCode: person.delegationCode,
      readOnly: false,
    },
    testSecret,
  );
  const client = connectClient(server.port, draftId, token);
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), { timeout: 10_000 });
  return client;
}

function proposeAs(client: TestClient, person: Person, paragraphId: string, text: string): string {
  return createProposal(client.doc, {
    kind: 'amend',
    paragraphId,
    text,
    delegation: person.delegationCode,
    delegationName: person.delegationCode,
    authorId: person.userId,
    authorName: person.userId,
  });
}

function listFor(person: Person, draftId: string) {
  return database.db.notification.findMany({ where: { userId: person.userId, draftId }, orderBy: { createdAt: 'asc' } });
}

beforeAll(async () => {
  database = await createTestDatabase({ roleMembers: false });
  for (const person of [eu, mex, usa, chair]) await addPerson(person);
  persistence = withNotifications(
    createPrismaDraftPersistence(database.db),
    (events) => notifyProposalEvents(database.db, events),
    (message) => logged.push(message),
  );
  server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    membership: createPrismaMembershipChecker(database.db),
    persistence,
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

describe('notifications from the realtime server', () => {
  it('tells the followers of a paragraph of a new proposal, makes the proposer follow, and tells it of the decision', async () => {
    const draftId = await createSampleDraft(database);
    const euClient = await connectAs(draftId, eu);
    const chairClient = await connectAs(draftId, chair);
    const paragraphId = readParagraphOrder(euClient.doc)[1]!;
    await database.db.paragraphFollow.create({ data: { draftId, paragraphId, delegationCode: 'MEX', reason: 'chosen' } });

    const id = proposeAs(euClient, eu, paragraphId, 'Urges all States parties to act;');
    await vi.waitFor(async () => expect(await listFor(mex, draftId)).toHaveLength(1), { timeout: 10_000 });
    const [told] = await listFor(mex, draftId);
    expect(told).toMatchObject({ kind: 'proposal.created', actorDelegation: 'EU', link: `/drafts/${draftId}#paragraph-${paragraphId}` });
    expect(told!.title).toMatch(/^EU proposed an amendment to paragraph 1/);
    await vi.waitFor(async () =>
      expect(
        await database.db.paragraphFollow.findUnique({
          where: { draftId_paragraphId_delegationCode: { draftId, paragraphId, delegationCode: 'EU' } },
        }),
      ).toMatchObject({
        reason: 'proposed',
      }),
    );

    await vi.waitFor(() => expect(readProposals(chairClient.doc)).toHaveLength(1));
    acceptProposal(chairClient.doc, id, { decidedBy: chair.userId });
    await vi.waitFor(async () => expect((await listFor(eu, draftId)).map((row) => row.kind)).toEqual(['proposal.decided']), {
      timeout: 10_000,
    });
    expect((await listFor(eu, draftId))[0]!.title).toMatch(/was accepted$/);
    await persistence.whenNotified();
    // Neither the delegation that follows nothing nor the facilitator hears of it; the follower heard once.
    expect(await listFor(usa, draftId)).toEqual([]);
    expect(await listFor(chair, draftId)).toEqual([]);
    expect(await listFor(mex, draftId)).toHaveLength(1);
    expect(logged).toEqual([]);
  });

  it('keeps a muted follow muted when the delegation proposes, and tells of a rejection', async () => {
    const draftId = await createSampleDraft(database);
    const usaClient = await connectAs(draftId, usa);
    const chairClient = await connectAs(draftId, chair);
    const paragraphId = readParagraphOrder(usaClient.doc)[2]!;
    await database.db.paragraphFollow.create({ data: { draftId, paragraphId, delegationCode: 'USA', reason: 'muted' } });
    const id = proposeAs(usaClient, usa, paragraphId, 'by training officers and judges;');
    await vi.waitFor(() => expect(readProposals(chairClient.doc)).toHaveLength(1));
    rejectProposal(chairClient.doc, id, { decidedBy: chair.userId });
    await vi.waitFor(
      async () => expect((await listFor(usa, draftId)).map((row) => row.title)).toEqual([expect.stringMatching(/was rejected$/)]),
      {
        timeout: 10_000,
      },
    );
    const follow = await database.db.paragraphFollow.findUnique({
      where: { draftId_paragraphId_delegationCode: { draftId, paragraphId, delegationCode: 'USA' } },
    });
    expect(follow?.reason).toBe('muted');
  });

  it('counts a tabled prepared proposal as a new proposal', async () => {
    const draftId = await createSampleDraft(database);
    const paragraphId = (await database.db.draftParagraph.findFirstOrThrow({ where: { draftId }, orderBy: { position: 'asc' } })).id;
    await database.db.paragraphFollow.create({ data: { draftId, paragraphId, delegationCode: 'MEX', reason: 'chosen' } });
    const proposalId = createProposalId();
    const request = signTablingRequest(
      {
        draftId,
        negotiationId: testNegotiationId,
        proposalId,
        kind: 'amend',
        paragraphId,
        text: 'Recalling also its resolution 9/1,',
        delegation: 'EU',
        delegationName: 'EU',
        authorId: eu.userId,
        authorName: eu.userId,
        tabledById: eu.userId,
        role: 'delegate',
        tabledAt: new Date().toISOString(),
      },
      testSecret,
    );
    const response = await fetch(`http://127.0.0.1:${server.port}/draft-${draftId}/proposals`, { method: 'POST', body: request });
    expect(response.status).toBe(200);
    await vi.waitFor(
      async () => expect((await listFor(mex, draftId)).map((row) => row.dedupeKey)).toEqual([`proposal.created:${proposalId}`]),
      {
        timeout: 10_000,
      },
    );
  });

  it('does not fail the write when notifications fail, and logs why', async () => {
    const failing: string[] = [];
    const inner = createPrismaDraftPersistence(database.db);
    const wrapped = withNotifications(
      inner,
      async () => Promise.reject(new Error('no table')),
      (message) => failing.push(message),
    );
    const draftId = await createSampleDraft(database);
    const claim = await wrapped.claim(draftId, { nodeId: 'n1', nodeUrl: '' }, 10_000);
    if (!claim?.granted) throw new Error('lease refused');
    await wrapped.append(draftId, claim.epoch, {
      entries: [],
      bindings: [],
      auditEvents: [
        { draftId, actorId: eu.userId, delegationCode: 'EU', action: 'draft.edit', target: 'draft', detail: '{}', createdAt: new Date() },
      ],
    });
    await wrapped.whenNotified();
    expect(failing).toEqual([expect.stringMatching(/notifications could not be written: no table/)]);
    expect(await database.db.auditEvent.count({ where: { draftId, action: 'draft.edit' } })).toBe(1);
  });
});
