import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createDraftDoc, readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import { LeaseLostError, type LogBatch } from '@/lib/persistence/draft-persistence';
import { captureUpdate } from '@/test-support/yjs-sync';
import { connectClient, signTestToken, testSecret, typeInto, type TestClient } from '@/test-support/realtime-server';
import { createMemoryPersistence, type DraftPersistence } from './persistence';
import { startRealtimeServer, type RealtimeServer } from './server';

const draftId = 'logged';
const servers: RealtimeServer[] = [];
const clients: TestClient[] = [];
const generous = { timeout: 10_000, interval: 20 };

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function createDraftState(): Uint8Array {
  const doc = createDraftDoc({
    title: 'Logged draft',
    body: 'Conference of the Parties',
    chapeau: 'The Conference of the Parties,',
    paragraphs: [{ kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' }],
  });
  return Y.encodeStateAsUpdate(doc);
}

/** Memory persistence whose log appends wait until the test opens the gate. */
function createGatedPersistence() {
  const memory = createMemoryPersistence({ [draftId]: createDraftState() });
  let open = true;
  const waiting: Array<() => void> = [];
  const batches: LogBatch[] = [];
  const persistence: DraftPersistence = {
    ...memory,
    async append(id, epoch, batch) {
      if (!open) await new Promise<void>((resolve) => waiting.push(resolve));
      batches.push(batch);
      return memory.append(id, epoch, batch);
    },
  };
  return {
    memory,
    persistence,
    batches,
    close: () => {
      open = false;
    },
    open: () => {
      open = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

async function start(persistence: DraftPersistence): Promise<RealtimeServer> {
  const server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    persistence,
    membership: null,
    timing: { saveDebounceMs: 60_000, saveMaxWaitMs: 60_000 },
    log: () => undefined,
  });
  servers.push(server);
  return server;
}

async function connect(server: RealtimeServer, userId: string, wait = true): Promise<TestClient> {
  const client = connectClient(server.port, draftId, signTestToken(draftId, 'delegate', false, userId));
  clients.push(client);
  if (wait) await vi.waitFor(() => expect(client.provider.synced).toBe(true), generous);
  return client;
}

const textOf = (doc: Y.Doc) => readDraftSnapshot(doc).paragraphs[0]!.text;

describe('the update log', () => {
  it('sends nobody an update, and no joiner a state, before it is in the log with its sender and the ids it bound', async () => {
    const gated = createGatedPersistence();
    const server = await start(gated.persistence);
    const writer = await connect(server, 'u-writer');
    const reader = await connect(server, 'u-reader');
    gated.close();
    typeInto(writer.doc, readParagraphOrder(writer.doc)[0]!, 0, 'Also ');
    const joiner = await connect(server, 'u-joiner', false);
    // Held at the log: the server has the change, but neither the reader nor the joiner may see it yet.
    await vi.waitFor(() => expect(server.rooms.loadedDrafts).toContain(draftId), generous);
    await new Promise((resolve) => setImmediate(resolve));
    expect(textOf(reader.doc)).toBe('Urges States parties to act;');
    expect(joiner.provider.synced).toBe(false);

    gated.open();
    await vi.waitFor(() => expect(textOf(reader.doc)).toBe('Also Urges States parties to act;'), generous);
    await vi.waitFor(() => expect(textOf(joiner.doc)).toBe('Also Urges States parties to act;'), generous);
    const entries = gated.batches.flatMap((batch) => batch.entries);
    expect(entries.map((entry) => entry.userId)).toContain('u-writer');
    expect(gated.batches.flatMap((batch) => batch.bindings)).toContainEqual([writer.doc.clientID, 'u-writer']);
    expect(gated.batches.flatMap((batch) => batch.auditEvents).map((event) => event.action)).toContain('draft.edit');
  });

  it('restores client-id ownership from the log when the room loads again', async () => {
    const gated = createGatedPersistence();
    const first = await start(gated.persistence);
    const writer = await connect(first, 'u-writer');
    typeInto(writer.doc, readParagraphOrder(writer.doc)[0]!, 0, 'Also ');
    await vi.waitFor(
      () => expect(gated.batches.flatMap((batch) => batch.bindings)).toContainEqual([writer.doc.clientID, 'u-writer']),
      generous,
    );
    writer.provider.destroy();
    // The room is dropped once its last socket leaves; the next one starts from the store.
    await vi.waitFor(() => expect(first.rooms.loadedDrafts).not.toContain(draftId), generous);
    const loaded = await gated.persistence.load(draftId);
    expect(loaded!.bindings).toContainEqual([writer.doc.clientID, 'u-writer']);

    // Someone else sends a change made under the writer's client id: the reloaded room refuses it.
    const client = await connect(first, 'u-impostor');
    const forged = captureUpdate(writer.doc, () => typeInto(writer.doc, readParagraphOrder(writer.doc)[0]!, 0, 'Not mine '));
    Y.applyUpdate(client.doc, forged);
    await vi.waitFor(() => expect(client.refusals.map((refusal) => refusal.rule)).toContain('ownership'), generous);
  });

  it('closes every socket with "moved" and writes nothing more once another process takes the lease', async () => {
    const gated = createGatedPersistence();
    const server = await start(gated.persistence);
    const writer = await connect(server, 'u-writer');
    const lease = await gated.persistence.claim(draftId, { nodeId: 'thief', nodeUrl: 'http://127.0.0.1:9' }, 60_000, { force: true });
    expect(lease?.granted).toBe(true);
    typeInto(writer.doc, readParagraphOrder(writer.doc)[0]!, 0, 'Late ');
    await vi.waitFor(() => expect(writer.closed.map((close) => close.code)).toContain(4302), generous);
    await expect(gated.persistence.append(draftId, 1, { entries: [], bindings: [], auditEvents: [] })).rejects.toBeInstanceOf(
      LeaseLostError,
    );
    expect(gated.memory.logs.get(draftId) ?? []).toEqual([]);
  });
});
