import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueRevision } from '@/server/revisions/issue-revision';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { readPart } from '@/test-support/docx-fixtures';
import { canReadBack, readDocumentText } from '@/test-support/read-back-document';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { exportRevisionDocx } from './export-revision-docx';

let database: TestDatabase;
let member: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  member = (await findUser(database.db, database.userId))!;
});

afterAll(async () => {
  await database.dispose();
});

/** What the realtime server saves after a delegate adds a footnote to "Urges …" and the chair marks it agreed ad ref. */
async function annotateUrges(draftId: string): Promise<void> {
  const row = await database.db.draftParagraph.findFirstOrThrow({ where: { draftId, position: 1 } });
  const content = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Urges', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' States parties to act;' },
          { type: 'footnote', attrs: { note: 'See CTOC/COP/2020/3, para. 12.' } },
        ],
      },
    ],
  };
  await database.db.draftParagraph.update({
    where: { draftId_id: { draftId, id: row.id } },
    data: { content: JSON.stringify(content), status: 'agreed-ad-ref' },
  });
}

/** Runs whose text starts with `text`, with their properties. */
function findRun(xml: string, text: string): string | undefined {
  return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/g)].map((match) => match[0]).find((run) => run.includes(`>${text}<`));
}

describe('a revision as a clean Word file', () => {
  it('keeps the italic leads, the footnotes and the statuses of the paragraphs', async () => {
    const draftId = await createSampleDraft(database);
    await annotateUrges(draftId);
    const revision = await issueRevision(database.db, draftId, 'Rev.1', member);
    const { buffer } = await exportRevisionDocx(database.db, revision.id, { tracked: false, reader: 'operator' });
    const xml = await readPart(buffer, 'word/document.xml');
    for (const lead of ['Recalling', 'Urges', 'Requests']) expect(findRun(xml, lead)).toContain('<w:i/>');
    expect(findRun(xml, ' States parties to act;')).not.toContain('<w:i/>');
    expect(xml).toMatch(/<w:footnoteReference w:id="1"\/>/);
    expect(await readPart(buffer, 'word/footnotes.xml')).toContain('See CTOC/COP/2020/3, para. 12.');
    expect(xml).toContain('<w:rStyle w:val="ParagraphStatus"/></w:rPr><w:t xml:space="preserve"> (agreed ad ref)</w:t>');
  });

  it('italicises the leads of a revision issued before snapshots kept the content', async () => {
    const draftId = await createSampleDraft(database);
    const revision = await issueRevision(database.db, draftId, 'Rev.1', member);
    const row = await database.db.revision.findUniqueOrThrow({ where: { id: revision.id } });
    const snapshot = JSON.parse(row.snapshot) as { paragraphs: { content?: unknown }[] };
    for (const paragraph of snapshot.paragraphs) delete paragraph.content;
    await database.db.revision.update({ where: { id: revision.id }, data: { snapshot: JSON.stringify(snapshot) } });

    const { buffer } = await exportRevisionDocx(database.db, revision.id, { tracked: false, reader: 'operator' });
    const xml = await readPart(buffer, 'word/document.xml');
    for (const lead of ['Recalling', 'Urges', 'Requests']) expect(findRun(xml, lead)).toContain('<w:i/>');
    expect(findRun(xml, ' the secretariat to report.')).not.toContain('<w:i/>');
  });

  it('tracks a revision against the one before with the footnotes and statuses of its text, and a move as a move', async () => {
    const draftId = await createSampleDraft(database);
    const rev1 = await issueRevision(database.db, draftId, 'Rev.1', member);
    await annotateUrges(draftId);
    // "Requests …" moves up before "Urges …".
    const rows = await database.db.draftParagraph.findMany({ where: { draftId }, orderBy: { position: 'asc' } });
    const order = [rows[0]!, rows[3]!, rows[1]!, rows[2]!];
    for (const [position, row] of order.entries()) {
      await database.db.draftParagraph.update({ where: { draftId_id: { draftId, id: row.id } }, data: { position: position + 100 } });
    }
    for (const [position, row] of order.entries()) {
      await database.db.draftParagraph.update({ where: { draftId_id: { draftId, id: row.id } }, data: { position } });
    }
    const rev2 = await issueRevision(database.db, draftId, 'Rev.2', member);
    const { buffer } = await exportRevisionDocx(database.db, rev2.id, {
      tracked: true,
      against: `revision:${rev1.id}`,
      reader: 'operator',
    });
    const xml = await readPart(buffer, 'word/document.xml');
    expect(await readPart(buffer, 'word/footnotes.xml')).toContain('See CTOC/COP/2020/3, para. 12.');
    expect(xml).toMatch(/ States parties to act;<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/>/);
    expect(xml).toContain('<w:rStyle w:val="ParagraphStatus"/></w:rPr><w:t xml:space="preserve"> (agreed ad ref)</w:t>');
    expect(xml).toMatch(/<w:moveFromRangeStart [^>]*w:name="move1"\/>/);
    expect(xml).toMatch(/<w:moveToRangeStart [^>]*w:name="move1"\/>/);
    expect(xml).toMatch(/<w:moveTo w:id="\d+"[^>]*><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Requests</);
  });

  describe.skipIf(!canReadBack)('as printed', () => {
    it('prints the footnote and the status mark', async () => {
      const draftId = await createSampleDraft(database);
      await annotateUrges(draftId);
      const revision = await issueRevision(database.db, draftId, 'Rev.1', member);
      const { buffer } = await exportRevisionDocx(database.db, revision.id, { tracked: false, reader: 'operator' });
      const text = readDocumentText(buffer);
      expect(text).toMatch(/Urges States parties to act;\s*1\s*\(agreed ad ref\)/);
      // The note prints at the foot of the page, after the text.
      expect(text.indexOf('See CTOC/COP/2020/3, para. 12.')).toBeGreaterThan(text.indexOf('Requests the secretariat'));
    });
  });
});
