import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueRevision } from '@/server/revisions/issue-revision';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { readPart } from '@/test-support/docx-fixtures';
import { canReadBack, countPdfPages, readPdfText } from '@/test-support/read-back-document';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { exportDocument } from './export-document';

let database: TestDatabase;
let member: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  member = (await findUser(database.db, database.userId))!;
});

afterAll(async () => {
  await database.dispose();
});

/** What the realtime server would have saved: a paragraph's row with its new text. */
async function setParagraphText(draftId: string, position: number, text: string): Promise<void> {
  const row = await database.db.draftParagraph.findFirstOrThrow({ where: { draftId, position } });
  const content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  await database.db.draftParagraph.update({
    where: { draftId_id: { draftId, id: row.id } },
    data: { text, content: JSON.stringify(content) },
  });
}

describe('exportDocument', () => {
  it('hands out the Word file itself for docx', async () => {
    const draftId = await createSampleDraft(database);
    const exported = await exportDocument(database.db, { kind: 'draft', draftId }, 'docx', 'operator');
    expect(exported).toMatchObject({ format: 'docx', title: 'Test draft' });
    expect(exported.pages).toBeUndefined();
    expect(await readPart(exported.buffer, 'word/document.xml')).toContain(' States parties to act;');
  });

  it.skipIf(!canReadBack)(
    'prints a tracked revision with its changes shown (LibreOffice shows recorded changes by default) and counts its pages',
    async () => {
      const draftId = await createSampleDraft(database);
      await issueRevision(database.db, draftId, 'Rev.1', member);
      await setParagraphText(draftId, 3, 'Requests the Executive Director to report annually.');
      const rev2 = await issueRevision(database.db, draftId, 'Rev.2', member);
      const exported = await exportDocument(database.db, { kind: 'revision', revisionId: rev2.id, tracked: true }, 'pdf', 'operator');
      expect(exported).toMatchObject({ format: 'pdf', title: 'Test draft Rev.2 (tracked changes)' });
      expect(exported.pages).toBe(countPdfPages(exported.buffer));
      const text = readPdfText(exported.buffer).replace(/\s+/g, ' ');
      // Both sides of the change are printed: the deleted words (struck through) and the inserted ones (underlined).
      expect(text).toMatch(/secretariat/);
      expect(text).toMatch(/Executive Director/);
      expect(text).toMatch(/annually/);
      expect(text).toContain('Urges States parties to act;');
    },
    240_000,
  );
});
