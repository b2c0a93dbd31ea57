import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRevision } from '@/server/revisions/find-revision';
import { issueRevision } from '@/server/revisions/issue-revision';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { readPart } from '@/test-support/docx-fixtures';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { exportComparisonDocx } from './export-comparison-docx';

let database: TestDatabase;
let member: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  member = (await findUser(database.db, database.userId))!;
  await database.db.delegation.upsert({
    where: { code: 'EU' },
    update: {},
    create: { code: 'EU', name: 'European Union', colour: '#003399' },
  });
});

afterAll(async () => {
  await database.dispose();
});

function readRevisions(xml: string, tag: 'ins' | 'del'): { author: string; text: string }[] {
  const pattern = new RegExp(`<w:${tag} w:id="\\d+" w:author="([^"]*)" w:date="[^"]*"(?:/>|>(.*?)</w:${tag}>)`, 'g');
  return [...xml.matchAll(pattern)]
    .map((match) => ({
      author: match[1]!,
      text: [...(match[2] ?? '').matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((text) => text[1]).join(''),
    }))
    .filter((change) => change.text.trim() !== '');
}

/** What the realtime server would have saved: a paragraph's row with its new text. */
async function setParagraphText(draftId: string, position: number, text: string): Promise<string> {
  const row = await database.db.draftParagraph.findFirstOrThrow({ where: { draftId, position } });
  const content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  await database.db.draftParagraph.update({
    where: { draftId_id: { draftId, id: row.id } },
    data: { text, content: JSON.stringify(content) },
  });
  return row.id;
}

describe('a revision in Word with tracked changes', () => {
  it("credits the chair's direct edit to the Chair and a replaced paragraph's removed words to the delegation that replaced them", async () => {
    const draftId = await createSampleDraft(database);
    const rev1 = await issueRevision(database.db, draftId, 'Rev.1', member);
    const urges = await setParagraphText(draftId, 1, 'Urges all States parties to act;');
    await database.db.auditEvent.create({
      data: {
        draftId,
        actorId: database.userId,
        delegationCode: 'CHAIR',
        action: 'paragraph.chair-edit',
        target: urges,
        detail: JSON.stringify({
          paragraphId: urges,
          paragraph: '1',
          before: 'Urges States parties to act;',
          after: 'Urges all States parties to act;',
          items: [],
        }),
      },
    });
    const requests = await setParagraphText(draftId, 3, 'Invites the Executive Director to present a study.');
    await database.db.proposal.create({
      data: {
        id: 'p-bis',
        draftId,
        paragraphId: requests,
        kind: 'alternative',
        delegation: 'EU',
        authorId: database.userId,
        authorName: 'Eva',
        status: 'accepted',
        text: 'Invites the Executive Director to present a study.',
        baseText: 'Requests the secretariat to report.',
        supporters: '[]',
        objectors: '[]',
        createdAt: new Date(),
        decidedBy: database.userId,
        decidedAt: new Date(),
      },
    });
    const rev2 = await issueRevision(database.db, draftId, 'Rev.2', member);

    const { buffer } = await exportComparisonDocx(database.db, `revision:${rev1.id}`, `revision:${rev2.id}`, 'operator');
    const xml = await readPart(buffer, 'word/document.xml');
    const inserted = readRevisions(xml, 'ins');
    const deleted = readRevisions(xml, 'del');
    expect(inserted.find((change) => change.text.includes('all'))?.author).toBe('Chair');
    expect(inserted.find((change) => change.text.includes('Executive Director'))?.author).toBe('European Union');
    expect(deleted.find((change) => change.text.includes('secretariat'))?.author).toBe('European Union');
    expect([...inserted, ...deleted].map((change) => change.author)).not.toContain('Unattributed');
    // The revision itself credits the paragraph's words to the Chair too, from the same record.
    const stored = await findRevision(database.db, rev2.id);
    expect(stored?.snapshot.paragraphs.find((paragraph) => paragraph.id === urges)?.attributions).toEqual(['CHAIR']);
  });
});
