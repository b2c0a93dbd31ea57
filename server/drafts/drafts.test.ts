import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import {
  createSampleDraft,
  createTestDatabase,
  sampleDocument,
  type TestDatabase,
  testNegotiationId,
  typeInto,
  writeDraftDocForTest,
} from '@/test-support/realtime-server';
import { failInserts } from '@/test-support/test-database';
import { createDraft } from './create-draft';
import { loadDraftSnapshot } from './load-draft-snapshot';
import { createPrismaDraftPersistence } from './prisma-draft-persistence';
import { readDraftDoc } from './read-draft-doc';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.dispose();
});

describe('drafts service', () => {
  it('creates a draft from a corpus document with Yjs state and plain rows that agree', async () => {
    const id = await createSampleDraft(database);
    const draft = await database.db.draft.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({ title: 'Test draft', body: 'Conference of the Parties', baseDocumentId: sampleDocument.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(draft.ydocState!));
    const live = readDraftSnapshot(doc);
    const stored = await loadDraftSnapshot(database.db, id);
    expect(stored.paragraphs.map((p) => [p.number, p.text, p.lead])).toEqual([
      ['PP1', 'Recalling its resolution 9/1,', 'Recalling'],
      ['1', 'Urges States parties to act;', 'Urges'],
      ['(a)', 'by training officers;', undefined],
      ['2', 'Requests the secretariat to report.', 'Requests'],
    ]);
    expect(stored.paragraphs).toEqual(live.paragraphs);
    expect(stored.chapeau).toBe('The Conference of the Parties,');
  });

  it('creates a draft from an earlier draft, keeping the link and the text', async () => {
    const baseId = await createSampleDraft(database);
    const doc = (await readDraftDoc(database.db, baseId))!;
    doc.getMap('meta').set('title', 'Edited');
    await writeDraftDocForTest(database.db, baseId, doc);
    const { id } = await createDraft(database.db, {
      title: 'Rev. 1',
      createdById: database.userId,
      negotiationId: testNegotiationId,
      from: { draftId: baseId },
    });
    const draft = await database.db.draft.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({ baseDraftId: baseId, baseDocumentId: sampleDocument.id, title: 'Rev. 1' });
    const snapshot = await loadDraftSnapshot(database.db, id);
    expect(snapshot.baseDraftId).toBe(baseId);
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(sampleDocument.paragraphs.map((p) => p.text));
  });

  it('leaves no draft row when its paragraphs cannot be written', async () => {
    const restore = await failInserts(database, 'DraftParagraph', { name: 'fail_paragraph' });
    try {
      await expect(
        createDraft(database.db, {
          title: 'Half',
          createdById: database.userId,
          negotiationId: testNegotiationId,
          from: { document: sampleDocument },
        }),
      ).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await database.db.draft.count({ where: { title: 'Half' } })).toBe(0);
  });

  it('saves a paragraph holding a NUL character (pasted from a PDF) on either engine, keeping it in the shared document only', async () => {
    const id = await createSampleDraft(database);
    const doc = (await readDraftDoc(database.db, id))!;
    typeInto(doc, readParagraphOrder(doc)[1]!, 0, 'Pasted\u0000 text ');
    await writeDraftDocForTest(database.db, id, doc);
    expect((await loadDraftSnapshot(database.db, id)).paragraphs[1]!.text).toMatch(/^Pasted text /);
    expect(readDraftSnapshot((await readDraftDoc(database.db, id))!).paragraphs[1]!.text).toMatch(/^Pasted\u0000 text /);
  });

  it('reports a missing draft to the realtime server as null', async () => {
    expect(await createPrismaDraftPersistence(database.db).load('missing')).toBeNull();
    await expect(loadDraftSnapshot(database.db, 'missing')).rejects.toMatchObject({ code: 'not-found' });
  });
});
