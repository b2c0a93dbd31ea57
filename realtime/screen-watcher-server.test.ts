import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as authProtocol from 'y-protocols/auth';
import { readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import { startRealtimeServer, type RealtimeServer } from './server';
import {
  connectClient,
  createSampleDraft,
  createTestDatabase,
  testNegotiationId,
  testSecret,
  typeInto,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';

// The screen view (components/screen) leans on two things the realtime server does: a read-only ticket keeps
// nothing its socket sends, and a socket that publishes no presence state is nobody in the room.

let database: TestDatabase;
let server: RealtimeServer;
const clients: TestClient[] = [];
/** y-websocket's "auth" message, which the server uses to say a read-only socket's changes are not kept. */
const messageAuth = 2;

function chairToken(draftId: string, readOnly: boolean): string {
  return signRealtimeToken(
    {
      userId: 'u-facilitator',
      draftId,
      negotiationId: testNegotiationId,
      role: 'facilitator',
      delegationCode: 'CHAIR',
      readOnly,
      userName: 'Elena Rossi',
      delegationName: 'Chair',
    },
    testSecret,
  );
}

function connect(draftId: string, token: string, options: { watchOnly?: boolean } = {}): TestClient {
  const client = connectClient(server.port, draftId, token);
  // Before the socket opens (a later turn of the event loop), as draft-connection's watchOnly does.
  if (options.watchOnly) client.provider.awareness.setLocalState(null);
  clients.push(client);
  return client;
}

async function synced(client: TestClient): Promise<TestClient> {
  await vi.waitFor(() => expect(client.provider.synced).toBe(true), { timeout: 10_000 });
  return client;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    membership: createPrismaMembershipChecker(database.db),
    persistence: createPrismaDraftPersistence(database.db),
    timing: { saveDebounceMs: 100, saveMaxWaitMs: 500 },
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

describe('a screen watching a draft', () => {
  it("sees the facilitator's paragraph, is refused what it sends, and is in nobody's presence", async () => {
    const draftId = await createSampleDraft(database);
    const chair = await synced(connect(draftId, chairToken(draftId, false)));
    const [first, second] = readParagraphOrder(chair.doc) as [string, string];
    const before = readDraftSnapshot(chair.doc).paragraphs.map((paragraph) => paragraph.text);
    chair.provider.awareness.setLocalStateField('user', { name: 'Elena Rossi', role: 'facilitator' });
    chair.provider.awareness.setLocalStateField('paragraphId', first);

    // The facilitator's own projector: the same person, on a read-only ticket, publishing no presence.
    const screen = connect(draftId, chairToken(draftId, true), { watchOnly: true });
    const denied: string[] = [];
    screen.provider.messageHandlers[messageAuth] = (_encoder, decoder, provider) => {
      authProtocol.readAuthMessage(decoder, provider.doc, (_doc, reason) => denied.push(reason));
    };
    await synced(screen);
    const paragraphOf = (clientId: number) =>
      (screen.provider.awareness.getStates().get(clientId) as { paragraphId?: string } | undefined)?.paragraphId;
    await vi.waitFor(() => expect(paragraphOf(chair.doc.clientID)).toBe(first));
    chair.provider.awareness.setLocalStateField('paragraphId', second);
    await vi.waitFor(() => expect(paragraphOf(chair.doc.clientID)).toBe(second));

    // y-protocols renews a presence state every 15 s, but only one that is not null; done here at once. A first
    // state at clock 0 is ignored by every receiver, so without this a screen with the default empty state would
    // pass until its first renewal.
    const { awareness } = screen.provider;
    if (awareness.getLocalState() !== null) awareness.setLocalState(awareness.getLocalState());
    // Sent after the renewal on the same socket: once its refusal is back, the server has read both.
    typeInto(screen.doc, first, 0, 'Projected ');
    await vi.waitFor(() => expect(denied).toEqual(['You can read this draft but not change it.']), { timeout: 10_000 });

    // Someone joining now gets every presence state there is and the draft as the server keeps it.
    const late = await synced(connect(draftId, chairToken(draftId, false)));
    await vi.waitFor(() => expect(late.provider.awareness.getStates().has(chair.doc.clientID)).toBe(true));
    expect(late.provider.awareness.getStates().has(screen.doc.clientID)).toBe(false);
    expect(chair.provider.awareness.getStates().has(screen.doc.clientID)).toBe(false);
    expect(readDraftSnapshot(late.doc).paragraphs.map((paragraph) => paragraph.text)).toEqual(before);
  });
});
