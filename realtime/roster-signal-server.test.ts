import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { realtimeSignalHeader, rosterChangedPath, signRealtimeSignal } from '@/lib/auth/realtime-token';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import { forwardedHeader } from './forward-to-owner';
import { closeCodes } from './guards';
import { startRealtimeServer, type RealtimeServer } from './server';
import {
  addTestMember,
  connectClient,
  createSampleDraft,
  createTestDatabase,
  signTestToken,
  testNegotiationId,
  testSecret,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';

let database: TestDatabase;
let one: RealtimeServer;
let two: RealtimeServer;
const clients: TestClient[] = [];
const patience = { timeout: 15_000, interval: 50 };

async function startNode(nodeId: string): Promise<RealtimeServer> {
  return startRealtimeServer({
    port: 0,
    secret: testSecret,
    persistence: createPrismaDraftPersistence(database.db),
    membership: createPrismaMembershipChecker(database.db),
    timing: { saveDebounceMs: 60_000, saveMaxWaitMs: 60_000 },
    nodeId,
    log: () => undefined,
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  one = await startNode('one');
  two = await startNode('two');
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await Promise.all([one.close(), two.close()]);
  await database.dispose();
});

let people = 0;
async function connectMember(server: RealtimeServer, draftId: string): Promise<{ userId: string; client: TestClient }> {
  const userId = `u-roster-${++people}`;
  await addTestMember(database, userId, 'delegate');
  const client = connectClient(server.port, draftId, signTestToken(draftId, 'delegate', false, userId));
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), patience);
  return { userId, client };
}

async function removeFromRoster(userId: string): Promise<void> {
  await database.db.negotiationMember.delete({ where: { negotiationId_userId: { negotiationId: testNegotiationId, userId } } });
}

function signal(server: RealtimeServer, scope: object, headers: Record<string, string> = {}): Promise<Response> {
  const body = JSON.stringify(scope);
  return fetch(`http://127.0.0.1:${server.port}${rosterChangedPath}`, {
    method: 'POST',
    headers: { [realtimeSignalHeader]: signRealtimeSignal(body, testSecret), ...headers },
    body,
  });
}

describe('a roster signal reaches every live realtime node', { timeout: 60_000 }, () => {
  it('closes a removed member connected to another node than the one the web app signalled, and counts it in the answer', async () => {
    const draftId = await createSampleDraft(database);
    // The draft lives on node two; the signal goes to node one, which holds nothing of it.
    const { userId, client } = await connectMember(two, draftId);
    expect((await database.db.draftLease.findUniqueOrThrow({ where: { draftId } })).nodeId).toBe('two');
    await removeFromRoster(userId);
    const response = await signal(one, { negotiationId: testNegotiationId });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ closed: 1, unreached: [] });
    // The answer came after node two had closed it (the web app relies on that).
    await vi.waitFor(() => expect(client.closed[0]?.code).toBe(closeCodes.accessChanged), patience);
  });

  it('does not pass on a signal that was itself passed on (no loops between nodes)', async () => {
    const draftId = await createSampleDraft(database);
    const { userId, client } = await connectMember(two, draftId);
    await removeFromRoster(userId);
    const passedOn = await signal(one, { userId }, { [forwardedHeader]: 'two' });
    expect(await passedOn.json()).toEqual({ closed: 0, unreached: [] });
    expect(client.closed).toEqual([]);
    // Sent to the node that holds it, it is closed there, and node one (no leases, so not live) is not asked.
    expect(await (await signal(two, { userId })).json()).toEqual({ closed: 1, unreached: [] });
    await vi.waitFor(() => expect(client.closed[0]?.code).toBe(closeCodes.accessChanged), patience);
  });

  it('says which live node it could not reach, and still answers for the others', async () => {
    const draftId = await createSampleDraft(database);
    const { userId, client } = await connectMember(two, draftId);
    // A process that held a lease and vanished without releasing it (its lease has not run out yet).
    const ghost = await createSampleDraft(database);
    await database.db.draftLease.create({
      data: { draftId: ghost, epoch: 1, nodeId: 'gone', nodeUrl: 'http://127.0.0.1:9', expiresAt: new Date(Date.now() + 60_000) },
    });
    await removeFromRoster(userId);
    expect(await (await signal(one, { userId })).json()).toEqual({ closed: 1, unreached: ['gone'] });
    await vi.waitFor(() => expect(client.closed[0]?.code).toBe(closeCodes.accessChanged), patience);
    await database.db.draftLease.delete({ where: { draftId: ghost } });
  });
});
