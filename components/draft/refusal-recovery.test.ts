import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createDraftDoc, readDraftSnapshot, readParagraphOrder, setParagraphFrozen } from '@/lib/draft';
import { createMemoryPersistence } from '@/realtime/persistence';
import { startRealtimeServer, type RealtimeServer } from '@/realtime/server';
import { connectClient, signTestToken, testSecret, typeInto, type TestClient } from '@/test-support/realtime-server';
import type { DraftConnection } from './draft-connection';
import { createRefusalRecovery } from './refusal-recovery';

const draftId = 'recovery';
const servers: RealtimeServer[] = [];
const clients: TestClient[] = [];

async function start(): Promise<RealtimeServer> {
  const doc = createDraftDoc({
    title: 'Recovery',
    body: 'Conference of the Parties',
    chapeau: 'The Conference of the Parties,',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 9/1,', lead: 'Recalling' },
      { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
    ],
  });
  const server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    persistence: createMemoryPersistence({ [draftId]: Y.encodeStateAsUpdate(doc) }),
    membership: null,
    timing: { saveDebounceMs: 20, saveMaxWaitMs: 100 },
    log: () => undefined,
  });
  servers.push(server);
  return server;
}

async function connectSynced(server: RealtimeServer, role: 'delegate' | 'facilitator'): Promise<TestClient> {
  const client = connectClient(server.port, draftId, signTestToken(draftId, role));
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true));
  return client;
}

/** The part of a browser connection the recovery uses: handing over its document and going quiet. */
function asConnection(client: TestClient): DraftConnection {
  return {
    doc: client.doc,
    provider: client.provider,
    ticket: undefined as never,
    keptInBrowser: false,
    releaseDoc() {
      client.provider.destroy();
      return client.doc;
    },
    destroy() {
      client.provider.destroy();
    },
  };
}

function texts(doc: Y.Doc): string[] {
  return readDraftSnapshot(doc).paragraphs.map((paragraph) => paragraph.text);
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.close();
});

describe('recovering from a refusal against a real realtime server', () => {
  it("a reconnect's refused sync: the other paragraph's offline edit reaches everyone from a fresh copy, the frozen one is held back", async () => {
    const server = await start();
    const chair = await connectSynced(server, 'facilitator');
    const delegate = await connectSynced(server, 'delegate');
    const [pp1, pp2] = readParagraphOrder(chair.doc) as [string, string];
    delegate.provider.disconnect();
    typeInto(delegate.doc, pp1, 0, 'Offline A ');
    typeInto(delegate.doc, pp2, 0, 'Offline B ');
    setParagraphFrozen(chair.doc, pp2, true);
    await vi.waitFor(async () => {
      const room = await server.rooms.open(draftId);
      expect(readDraftSnapshot(room.doc).paragraphs[1]!.frozen).toBe(true);
    });
    delegate.provider.connect();
    await vi.waitFor(() => expect(delegate.refusals).toHaveLength(1));

    const recovery = createRefusalRecovery({ editFrozen: false });
    recovery.noteRefusal(asConnection(delegate), delegate.refusals[0]!);
    expect(recovery.pending).toBe(true);
    const fresh = await connectSynced(server, 'delegate');
    expect(fresh.doc.clientID).not.toBe(delegate.doc.clientID);
    const held = recovery.replayOnto(fresh.doc);
    expect(held).toEqual([
      expect.objectContaining({ paragraphId: pp2, text: 'Offline B Urges States parties to act;', reason: 'This paragraph is frozen.' }),
    ]);
    expect(recovery.pending).toBe(false);
    await vi.waitFor(() => expect(texts(chair.doc)).toEqual(['Offline A Recalling its resolution 9/1,', 'Urges States parties to act;']));
    expect(fresh.refusals).toEqual([]);
    expect(fresh.closed).toEqual([]);
  });
});
