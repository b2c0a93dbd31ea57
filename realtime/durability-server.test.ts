import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { startRealtimeNode, type RealtimeNode } from '@/test-support/realtime-node';
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

// Snapshots are put off for a minute: whatever survives a crash here survives through the update log.
// A short lease: a paused owner's hold runs out within seconds (a slow owner is never taken over before that).
const noSnapshots = { saveDebounceMs: 60_000, saveMaxWaitMs: 60_000, leaseMs: 4_000 };
const generous = { timeout: 20_000, interval: 50 };

let database: TestDatabase;
const nodes: RealtimeNode[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.provider.destroy();
  await Promise.all(nodes.splice(0).map((node) => node.kill()));
});
afterAll(async () => database.dispose());

async function startNode(nodeId: string, port?: number): Promise<RealtimeNode> {
  const node = await startRealtimeNode({ databaseUrl: database.url, nodeId, port, timing: noSnapshots });
  nodes.push(node);
  return node;
}

async function connect(
  node: RealtimeNode,
  draftId: string,
  role: 'facilitator' | 'delegate' | 'observer',
  doc?: Y.Doc,
): Promise<TestClient> {
  const client = connectClient(node.port, draftId, signTestToken(draftId, role, role === 'observer'), undefined, doc);
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), generous);
  return client;
}

describe('what the realtime server accepted survives it', { timeout: 120_000 }, () => {
  it('keeps every keystroke anyone was sent when the server is killed (-9) mid-typing and the typists close their tabs', async () => {
    const draftId = await createSampleDraft(database);
    const node = await startNode('crashing');
    const a = await connect(node, draftId, 'facilitator');
    const b = await connect(node, draftId, 'delegate');
    const watcher = await connect(node, draftId, 'observer');
    const before = [readParagraphText(a.doc, 1), readParagraphText(a.doc, 2)];
    for (let i = 0; i < 30; i++) {
      appendToParagraph(a.doc, 1, ` a${i}`);
      appendToParagraph(b.doc, 2, ` b${i}`);
      if (i === 20) {
        // The claim is about what reached someone else: on a loaded machine the first keystrokes may still be on
        // their way, so the kill waits until the watcher has been sent some of each typist's words.
        await vi.waitFor(() => {
          expect(readParagraphText(watcher.doc, 1).length).toBeGreaterThan(before[0]!.length);
          expect(readParagraphText(watcher.doc, 2).length).toBeGreaterThan(before[1]!.length);
        }, generous);
        await node.kill();
      } else await new Promise((resolve) => setTimeout(resolve, 15));
    }
    // What reached someone else went through the server, which writes it down before sending it on.
    const seen = [readParagraphText(watcher.doc, 1), readParagraphText(watcher.doc, 2)];
    expect(seen[0]!.length).toBeGreaterThan(before[0]!.length);
    expect(seen[1]!.length).toBeGreaterThan(before[1]!.length);
    for (const client of clients.splice(0)) client.provider.destroy();

    const restarted = await startNode('restarted');
    const reader = await connect(restarted, draftId, 'observer');
    expect(readParagraphText(reader.doc, 1).startsWith(seen[0]!)).toBe(true);
    expect(readParagraphText(reader.doc, 2).startsWith(seen[1]!)).toBe(true);
    expect((await readStoredParagraphText(database.db, draftId, 1)).startsWith(seen[0]!)).toBe(true);
  });

  it('does not lock a participant out when another reconnects first carrying their unsaved edits', async () => {
    const draftId = await createSampleDraft(database);
    const node = await startNode('first');
    const a = await connect(node, draftId, 'facilitator');
    const b = await connect(node, draftId, 'delegate');
    appendToParagraph(a.doc, 1, ' typed by A before the crash');
    await vi.waitFor(() => expect(readParagraphText(b.doc, 1)).toMatch(/typed by A before the crash$/), generous);
    await node.kill();
    for (const client of clients.splice(0)) client.provider.destroy();

    const next = await startNode('second');
    // B's copy holds A's edits under A's client id; B gets there first.
    const b2 = await connect(next, draftId, 'delegate', b.doc);
    const a2 = await connect(next, draftId, 'facilitator', a.doc);
    appendToParagraph(a2.doc, 1, ' and after it');
    await vi.waitFor(() => expect(readParagraphText(b2.doc, 1)).toMatch(/typed by A before the crash and after it$/), generous);
    expect(a2.closed).toEqual([]);
    await vi.waitFor(
      async () => expect(await readStoredParagraphText(database.db, draftId, 1)).toMatch(/before the crash and after it$/),
      generous,
    );
  });

  it('serves a draft from the process that holds it when a second process is started on the same database', async () => {
    const draftId = await createSampleDraft(database);
    const one = await startNode('one');
    const two = await startNode('two');
    const a = await connect(one, draftId, 'facilitator');
    const b = await connect(two, draftId, 'delegate');
    for (let i = 0; i < 25; i++) {
      appendToParagraph(a.doc, 1, ` a${i}`);
      appendToParagraph(b.doc, 2, ` b${i}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await vi.waitFor(() => {
      expect(readParagraphText(a.doc, 2)).toMatch(/ b24$/);
      expect(readParagraphText(b.doc, 1)).toMatch(/ a24$/);
    }, generous);
    await vi.waitFor(async () => {
      expect(await readStoredParagraphText(database.db, draftId, 1)).toBe(readParagraphText(a.doc, 1));
      expect(await readStoredParagraphText(database.db, draftId, 2)).toBe(readParagraphText(b.doc, 2));
    }, generous);
    expect(readParagraphText(a.doc, 2).match(/ b\d+/g)).toHaveLength(25);
    expect(readParagraphText(b.doc, 1).match(/ a\d+/g)).toHaveLength(25);
  });

  it('fences a paused owner: once another process took the draft over, it writes nothing after it resumes', async () => {
    const draftId = await createSampleDraft(database);
    const paused = await startNode('paused');
    const a = await connect(paused, draftId, 'facilitator');
    appendToParagraph(a.doc, 1, ' before the pause');
    await vi.waitFor(async () => expect(await readStoredParagraphText(database.db, draftId, 1)).toMatch(/before the pause$/), generous);
    paused.signal('SIGSTOP');
    appendToParagraph(a.doc, 1, ' while paused');

    const other = await startNode('other');
    const b = await connect(other, draftId, 'delegate');
    appendToParagraph(b.doc, 2, ' on the new owner');
    await vi.waitFor(async () => expect(await readStoredParagraphText(database.db, draftId, 2)).toMatch(/on the new owner$/), generous);
    const lease = await database.db.draftLease.findUniqueOrThrow({ where: { draftId } });
    expect(lease.nodeId).toBe('other');
    const oldRows = await database.db.draftUpdate.count({ where: { draftId, epoch: { lt: lease.epoch } } });

    paused.signal('SIGCONT');
    // A's copy is sent away by the old owner (moved, or its hold ran out while paused), reconnects, and reaches the new one through it.
    await vi.waitFor(
      () => expect(a.closed.map((close) => close.code)).toEqual(expect.arrayContaining([expect.toBeOneOf([4302, 1013])])),
      generous,
    );
    await vi.waitFor(() => expect(readParagraphText(b.doc, 1)).toMatch(/before the pause while paused$/), generous);
    await vi.waitFor(async () => expect(await readStoredParagraphText(database.db, draftId, 1)).toMatch(/while paused$/), generous);
    expect(await database.db.draftUpdate.count({ where: { draftId, epoch: { lt: lease.epoch } } })).toBe(oldRows);
    expect((await database.db.draftLease.findUniqueOrThrow({ where: { draftId } })).nodeId).toBe('other');
  });
});
