import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { readParagraphOrder } from '@/lib/draft';
import { setDraftMode } from '@/lib/proposals';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { listParagraphHistory } from '@/server/proposals/list-paragraph-history';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import {
  addTestMember,
  connectClient,
  createSampleDraft,
  createTestDatabase,
  testSecret,
  typeInto,
  type TestClient,
  type TestDatabase,
} from '@/test-support/realtime-server';
import { startRealtimeServer, type RealtimeServer } from './server';

let database: TestDatabase;
let server: RealtimeServer;

beforeAll(async () => {
  database = await createTestDatabase();
  await addTestMember(database, 'u-chair', 'facilitator');
  server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    membership: createPrismaMembershipChecker(database.db),
    persistence: createPrismaDraftPersistence(database.db),
    // Long enough that only the flush can have recorded the edit.
    timing: { saveDebounceMs: 50, saveMaxWaitMs: 500, chairEditIdleMs: 60_000 },
    log: () => undefined,
  });
});

afterAll(async () => {
  await server.close();
  await database.dispose();
});

describe("the chair's hand on the realtime server", () => {
  it("records the facilitator's typing in negotiation as one chair edit, written by the flush a revision asks for", async () => {
    const draftId = await createSampleDraft(database);
    const token = signRealtimeToken(
      { userId: 'u-chair', draftId, negotiationId: 'test-negotiation', role: 'facilitator', delegationCode: 'CHAIR', readOnly: false },
      testSecret,
    );
    const client: TestClient = connectClient(server.port, draftId, token);
    try {
      await vi.waitFor(() => expect(client.provider.synced).toBe(true), { timeout: 10_000 });
      setDraftMode(client.doc, 'negotiation');
      const paragraphId = readParagraphOrder(client.doc)[1]!;
      for (const [index, character] of [...'all '].entries()) typeInto(client.doc, paragraphId, 'Urges '.length + index, character);
      await vi.waitFor(
        async () => {
          await server.rooms.flush(draftId);
          const rows = await database.db.auditEvent.findMany({ where: { draftId, action: 'paragraph.chair-edit' } });
          expect(rows).toHaveLength(1);
        },
        { timeout: 10_000 },
      );
      const history = await listParagraphHistory(database.db, draftId, paragraphId);
      const edit = history.find((entry) => entry.action === 'paragraph.chair-edit');
      expect(edit).toMatchObject({ delegation: 'CHAIR', actorId: 'u-chair' });
      expect(edit?.detail).toMatchObject({ before: 'Urges States parties to act;', after: 'Urges all States parties to act;' });
    } finally {
      client.destroy();
    }
  });
});
