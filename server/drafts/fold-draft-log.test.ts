import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readParagraphOrder } from '@/lib/draft';
import { createSampleDraft, createTestDatabase, typeInto, type TestDatabase } from '@/test-support/realtime-server';
import { foldDraftLog } from './fold-draft-log';
import { loadDraftSnapshot } from './load-draft-snapshot';
import { createPrismaDraftPersistence } from './prisma-draft-persistence';
import { readDraftDoc } from './read-draft-doc';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.dispose());

/** Appends one change to the draft's log as a realtime process would, and lets its lease go (or keeps it). */
async function appendChange(draftId: string, text: string, keepLease = false): Promise<void> {
  const persistence = createPrismaDraftPersistence(database.db);
  const claim = await persistence.claim(draftId, { nodeId: 'crashed', nodeUrl: 'http://127.0.0.1:9' }, 60_000);
  if (!claim?.granted) throw new Error('no lease');
  const doc = (await readDraftDoc(database.db, draftId))!;
  const before = Y.encodeStateVector(doc);
  typeInto(doc, readParagraphOrder(doc)[1]!, 0, text);
  const stored = await persistence.load(draftId);
  const update = Y.encodeStateAsUpdate(doc, before);
  await persistence.append(draftId, claim.epoch, {
    entries: [{ seq: stored!.lastSeq + 1, userId: 'u-delegate', delegationCode: 'FRA', update }],
    bindings: [[doc.clientID, 'u-delegate']],
    auditEvents: [],
  });
  if (!keepLease) await persistence.release(draftId, claim.epoch);
}

describe('folding a draft log left by a stopped realtime server', () => {
  it('brings the rows up to the log, empties it, and keeps the client-id bindings', async () => {
    const draftId = await createSampleDraft(database);
    await appendChange(draftId, 'Logged only. ');
    expect((await loadDraftSnapshot(database.db, draftId)).paragraphs[1]!.text).not.toMatch(/^Logged only/);
    await foldDraftLog(database.db, draftId);
    expect((await loadDraftSnapshot(database.db, draftId)).paragraphs[1]!.text).toMatch(/^Logged only. /);
    expect(await database.db.draftUpdate.count({ where: { draftId } })).toBe(0);
    expect(await database.db.draftClientBinding.count({ where: { draftId } })).toBe(1);
  });

  it('says to try again while the stopped server’s hold has not run out, and changes nothing', async () => {
    const draftId = await createSampleDraft(database);
    await appendChange(draftId, 'Held. ', true);
    await expect(foldDraftLog(database.db, draftId)).rejects.toMatchObject({ code: 'unavailable', reason: 'realtime-hold-running' });
    expect(await database.db.draftUpdate.count({ where: { draftId } })).toBe(1);
  });
});
