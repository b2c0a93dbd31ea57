import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testNegotiationId } from '@/test-support/realtime-server';
import { failInserts } from '@/test-support/test-database';
import { findRevision } from '@/server/revisions/find-revision';
import { killMidWrite } from '@/test-support/kill-mid-write';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { asImportedRevisionName, importDraftFile } from './import-draft-file';
import { loadDraftSnapshot } from './load-draft-snapshot';

const text =
  'The Conference of the Parties,\n\nRecalling its resolution 9/1,\n\n1. Decides to act;\n\n2. Requests the secretariat to report.\n';

let database: TestDatabase;
let user: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  user = (await findUser(database.db, database.userId))!;
});

afterAll(async () => {
  await database.dispose();
});

async function countRows(title: string) {
  const drafts = await database.db.draft.findMany({ where: { title }, select: { id: true } });
  const draftIds = drafts.map((draft) => draft.id);
  return {
    drafts: drafts.length,
    paragraphs: await database.db.draftParagraph.count({ where: { draftId: { in: draftIds } } }),
    revisions: await database.db.revision.count({ where: { draftId: { in: draftIds } } }),
    audits: await database.db.auditEvent.count({ where: { draftId: { in: draftIds } } }),
  };
}

describe('importDraftFile', () => {
  it('creates the draft with its "As imported" revision and audit row, the revision holding the text as written', async () => {
    const result = await importDraftFile(database.db, {
      name: 'a.txt',
      content: Buffer.from(text),
      title: 'Imported A',
      createdById: user.id,
      negotiationId: testNegotiationId,
      asImportedBy: user,
    });
    expect(await countRows('Imported A')).toEqual({ drafts: 1, paragraphs: 3, revisions: 1, audits: 1 });
    const stored = await database.db.revision.findFirstOrThrow({ where: { draftId: result.id } });
    const revision = (await findRevision(database.db, stored.id))!;
    expect(revision.name).toBe(asImportedRevisionName);
    const draft = await loadDraftSnapshot(database.db, result.id);
    expect(revision.snapshot.paragraphs.map((p) => [p.number, p.text])).toEqual(draft.paragraphs.map((p) => [p.number, p.text]));
  });

  it('without asImportedBy creates the draft alone', async () => {
    await importDraftFile(database.db, {
      name: 'b.txt',
      content: Buffer.from(text),
      title: 'Imported B',
      createdById: user.id,
      negotiationId: testNegotiationId,
    });
    expect(await countRows('Imported B')).toEqual({ drafts: 1, paragraphs: 3, revisions: 0, audits: 0 });
  });

  it('leaves no draft when its revision cannot be written', async () => {
    const restore = await failInserts(database, 'Revision', { name: 'fail_revision' });
    try {
      await expect(
        importDraftFile(database.db, {
          name: 'c.txt',
          content: Buffer.from(text),
          title: 'Imported C',
          createdById: user.id,
          negotiationId: testNegotiationId,
          asImportedBy: user,
        }),
      ).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await countRows('Imported C')).toEqual({ drafts: 0, paragraphs: 0, revisions: 0, audits: 0 });
  });

  it('leaves no draft when the process is killed before the revision is written', async () => {
    await killMidWrite(database.url, 'Revision', 'import-draft', { userId: user.id, name: 'd.txt', title: 'Imported D', text });
    expect(await countRows('Imported D')).toEqual({ drafts: 0, paragraphs: 0, revisions: 0, audits: 0 });
  });
});
