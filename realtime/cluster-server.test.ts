import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { haproxyInstalled, startRealtimeCluster, type RealtimeCluster } from '@/test-support/realtime-cluster';
import {
  appendToParagraph,
  connectClient,
  readParagraphText,
  readStoredParagraphText,
  createSampleDraft,
  createTestDatabase,
  signTestToken,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';

// Several realtime processes behind HAProxy, as `npm run cluster` runs them (docs/DEPLOY.md). Snapshots are put
// off for a minute: what survives a crash here survives through the update log.
const noSnapshots = { saveDebounceMs: 60_000, saveMaxWaitMs: 60_000 };
const generous = { timeout: 30_000, interval: 50 };

if (!haproxyInstalled) {
  console.warn('Skipping the realtime cluster tests: haproxy is not installed (Debian/Ubuntu: apt-get install haproxy; CI installs it).');
}

let database: TestDatabase;
let cluster: RealtimeCluster | undefined;
const clients: TestClient[] = [];

beforeAll(async () => {
  if (haproxyInstalled) database = await createTestDatabase();
});
afterEach(async ({ task }) => {
  for (const client of clients.splice(0)) client.destroy();
  if (task.result?.state === 'fail' && cluster) console.error(`Cluster log of "${task.name}":\n${cluster.log}`);
  await cluster?.dispose();
  cluster = undefined;
});
afterAll(async () => database?.dispose());

async function startCluster(): Promise<RealtimeCluster> {
  cluster = await startRealtimeCluster({ databaseUrl: database.url, size: 3, timing: noSnapshots });
  return cluster;
}

/** A y-websocket client through HAProxy, as a browser connects; it reconnects by itself (backoff at most 300 ms). */
async function connect(draftId: string, role: 'facilitator' | 'delegate' | 'observer', doc?: Y.Doc): Promise<TestClient> {
  const client = connectClient(cluster!.port, draftId, signTestToken(draftId, role, role === 'observer'), undefined, doc);
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), generous);
  return client;
}

async function readHolder(draftId: string): Promise<string | undefined> {
  return (await database.db.draftLease.findUnique({ where: { draftId } }))?.nodeId;
}

/** Drafts until two of them hash to different nodes. */
async function createDraftsOnTwoNodes(): Promise<[{ draftId: string; route: string }, { draftId: string; route: string }]> {
  const first = await createSampleDraft(database);
  const firstRoute = await cluster!.routeOf(first);
  for (let attempt = 0; attempt < 50; attempt++) {
    const draftId = await createSampleDraft(database);
    const route = await cluster!.routeOf(draftId);
    if (route !== firstRoute)
      return [
        { draftId: first, route: firstRoute },
        { draftId, route },
      ];
  }
  throw new Error('Fifty drafts all hashed to one node.');
}

describe.skipIf(!haproxyInstalled)('several realtime nodes behind HAProxy', { timeout: 180_000 }, () => {
  it('spreads drafts over the nodes, and brings the clients of one draft together on its node', async () => {
    await startCluster();
    const [one, two] = await createDraftsOnTwoNodes();
    const a = await connect(one.draftId, 'facilitator');
    const b = await connect(one.draftId, 'delegate');
    const c = await connect(two.draftId, 'delegate');
    // The node HAProxy sent each to is the one holding the lease: nobody was relayed through another node.
    expect(await readHolder(one.draftId)).toBe(one.route);
    expect(await readHolder(two.draftId)).toBe(two.route);
    const health = await Promise.all(
      cluster!.nodeIds.map(async (nodeId) => {
        const body = (await (await fetch(`http://127.0.0.1:${cluster!.node(nodeId).port}/health`)).json()) as {
          nodeId: string;
          rooms: number;
        };
        return [body.nodeId, body.rooms] as const;
      }),
    );
    expect(Object.fromEntries(health)).toMatchObject({ [one.route]: 1, [two.route]: 1 });

    appendToParagraph(a.doc, 1, ' from A');
    appendToParagraph(b.doc, 2, ' from B');
    appendToParagraph(c.doc, 1, ' elsewhere');
    await vi.waitFor(() => {
      expect(readParagraphText(b.doc, 1)).toMatch(/ from A$/);
      expect(readParagraphText(a.doc, 2)).toMatch(/ from B$/);
    }, generous);
    await vi.waitFor(async () => expect(await readStoredParagraphText(database.db, two.draftId, 1)).toMatch(/ elsewhere$/), generous);
    expect(readParagraphText(a.doc, 1)).not.toMatch(/elsewhere/);
    // A flush and a tabling request reach the same node as the sockets (same first path segment).
    const flushed = await fetch(
      `http://127.0.0.1:${cluster!.port}/draft-${one.draftId}?token=${signTestToken(one.draftId, 'facilitator')}`,
      {
        method: 'POST',
      },
    );
    expect(flushed.status).toBe(204);
    expect((await cluster!.readRoutes()).get(`draft-${one.draftId}`)).toBe(one.route);
    expect(await readStoredParagraphText(database.db, one.draftId, 1)).toMatch(/ from A$/);
  });

  it('moves a draft to another node when its node is killed (-9) mid-typing: the clients converge there and nothing accepted is lost', async () => {
    await startCluster();
    const draftId = await createSampleDraft(database);
    const a = await connect(draftId, 'facilitator');
    const b = await connect(draftId, 'delegate');
    const watcher = await connect(draftId, 'observer');
    const first = await readHolder(draftId);
    expect(first).toBeDefined();
    // What the watcher holds when its socket drops is what the dead node accepted and sent on.
    let seenBeforeCrash: string[] | undefined;
    watcher.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected' && !seenBeforeCrash)
        seenBeforeCrash = [readParagraphText(watcher.doc, 1), readParagraphText(watcher.doc, 2)];
    });
    const before = [readParagraphText(a.doc, 1), readParagraphText(b.doc, 2)];

    let killedAt = 0;
    for (let i = 0; i < 40; i++) {
      appendToParagraph(a.doc, 1, ` a${i}`);
      appendToParagraph(b.doc, 2, ` b${i}`);
      if (i === 15) {
        await cluster!.kill(first!);
        killedAt = Date.now();
      } else await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await vi.waitFor(() => {
      for (const client of [a, b, watcher]) {
        expect(readParagraphText(client.doc, 1)).toMatch(/ a39$/);
        expect(readParagraphText(client.doc, 2)).toMatch(/ b39$/);
      }
    }, generous);
    console.log(`cluster failover: the three clients converged on another node ${Date.now() - killedAt} ms after the kill`);

    const second = await readHolder(draftId);
    expect(second).not.toBe(first);
    expect(cluster!.nodeIds).toContain(second);
    expect(readParagraphText(a.doc, 1)).toBe(`${before[0]}${Array.from({ length: 40 }, (_, i) => ` a${i}`).join('')}`);
    expect(readParagraphText(b.doc, 2)).toBe(`${before[1]}${Array.from({ length: 40 }, (_, i) => ` b${i}`).join('')}`);
    expect(seenBeforeCrash![0]!.length).toBeGreaterThan(before[0]!.length);
    expect(readParagraphText(a.doc, 1).startsWith(seenBeforeCrash![0]!)).toBe(true);
    expect(readParagraphText(b.doc, 2).startsWith(seenBeforeCrash![1]!)).toBe(true);
    await vi.waitFor(async () => {
      expect(await readStoredParagraphText(database.db, draftId, 1)).toBe(readParagraphText(a.doc, 1));
      expect(await readStoredParagraphText(database.db, draftId, 2)).toBe(readParagraphText(b.doc, 2));
    }, generous);
  });

  it('keeps a moved room together when its old node comes back at the same address', async () => {
    await startCluster();
    const draftId = await createSampleDraft(database);
    const a = await connect(draftId, 'facilitator');
    const b = await connect(draftId, 'delegate');
    const first = (await readHolder(draftId))!;
    await cluster!.kill(first);
    appendToParagraph(a.doc, 1, ' while moving');
    await vi.waitFor(() => expect(readParagraphText(b.doc, 1)).toMatch(/ while moving$/), generous);
    const second = (await readHolder(draftId))!;
    expect(second).not.toBe(first);
    expect((await cluster!.readRoutes()).get(`draft-${draftId}`)).toBe(second);

    await cluster!.restart(first);
    // A newcomer, and an old client whose tab reconnects, go where the room is now.
    const c = await connect(draftId, 'delegate');
    b.provider.disconnect();
    b.provider.connect();
    await vi.waitFor(() => expect(b.provider.synced).toBe(true), generous);
    expect((await cluster!.readRoutes()).get(`draft-${draftId}`)).toBe(second);
    appendToParagraph(c.doc, 2, ' from the newcomer');
    appendToParagraph(b.doc, 3, ' from B again');
    appendToParagraph(a.doc, 1, ' and A');
    await vi.waitFor(() => {
      for (const client of [a, b, c]) {
        expect(readParagraphText(client.doc, 1)).toMatch(/ while moving and A$/);
        expect(readParagraphText(client.doc, 2)).toMatch(/ from the newcomer$/);
        expect(readParagraphText(client.doc, 3)).toMatch(/ from B again$/);
      }
    }, generous);
    expect(await readHolder(draftId)).toBe(second);
    const returned = (await (await fetch(`http://127.0.0.1:${cluster!.node(first).port}/health`)).json()) as { rooms: number };
    expect(returned.rooms).toBe(0);
  });

  it('does not lock a participant out when another reconnects first, through HAProxy to another node, carrying their unsaved edits', async () => {
    await startCluster();
    const draftId = await createSampleDraft(database);
    const a = await connect(draftId, 'facilitator');
    const b = await connect(draftId, 'delegate');
    const first = (await readHolder(draftId))!;
    appendToParagraph(a.doc, 1, ' typed by A before the crash');
    await vi.waitFor(() => expect(readParagraphText(b.doc, 1)).toMatch(/typed by A before the crash$/), generous);
    await cluster!.kill(first);
    // Both tabs go offline; B's copy holds A's edits under A's client id, and B comes back first.
    a.provider.destroy();
    b.provider.destroy();
    const b2 = await connect(draftId, 'delegate', b.doc);
    expect(await readHolder(draftId)).not.toBe(first);
    const a2 = await connect(draftId, 'facilitator', a.doc);
    appendToParagraph(a2.doc, 1, ' and after it');
    await vi.waitFor(() => expect(readParagraphText(b2.doc, 1)).toMatch(/typed by A before the crash and after it$/), generous);
    expect(a2.closed).toEqual([]);
    await vi.waitFor(
      async () => expect(await readStoredParagraphText(database.db, draftId, 1)).toMatch(/before the crash and after it$/),
      generous,
    );
  });
});
