import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueRevision } from '@/server/revisions/issue-revision';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { readPart } from '@/test-support/docx-fixtures';
import { createSampleDraft, createTestDatabase, testNegotiationId, type TestDatabase } from '@/test-support/realtime-server';
import { exportDocument } from './export-document';

let database: TestDatabase;
let member: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  member = (await findUser(database.db, database.userId))!;
  for (const [code, name] of [
    ['EU', 'European Union'],
    ['MEX', 'Mexico'],
  ] as const)
    await database.db.delegation.upsert({ where: { code }, update: {}, create: { code, name, colour: '#003399' } });
  await database.db.negotiation.update({ where: { id: testNegotiationId }, data: { timeZone: 'Europe/Vienna' } });
});

afterAll(async () => {
  await database.dispose();
});

/** The comments of a Word file: author, initials and text of each. */
async function readComments(buffer: Buffer): Promise<{ author: string; initials: string; text: string }[]> {
  const xml = await readPart(buffer, 'word/comments.xml');
  return [...xml.matchAll(/<w:comment ([^>]*)>(.*?)<\/w:comment>/gs)].map((match) => ({
    author: /w:author="([^"]*)"/.exec(match[1]!)?.[1] ?? '',
    initials: /w:initials="([^"]*)"/.exec(match[1]!)?.[1] ?? '',
    text: [...match[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join('\n'),
  }));
}

/** A shared thread with a reply, resolved; an internal thread; an adopted, a broken and a running silence procedure. */
async function writeRows(draftId: string): Promise<void> {
  const [recalling, urges, , requests] = await database.db.draftParagraph.findMany({ where: { draftId }, orderBy: { position: 'asc' } });
  const shared = await database.db.commentThread.create({
    data: {
      draftId,
      paragraphId: urges!.id,
      quote: 'States parties',
      delegationCode: 'EU',
      createdById: database.userId,
      resolvedAt: new Date('2026-11-26T16:00:00Z'),
      resolvedById: database.userId,
    },
  });
  await database.db.comment.createMany({
    data: [
      {
        threadId: shared.id,
        authorId: database.userId,
        authorName: 'Eva',
        delegationCode: 'EU',
        body: 'Reservation pending instructions.',
        createdAt: new Date('2026-11-26T15:00:00Z'),
      },
      {
        threadId: shared.id,
        authorId: database.userId,
        authorName: 'Marco',
        delegationCode: 'MEX',
        body: 'We could go with "all States".',
        createdAt: new Date('2026-11-26T15:10:00Z'),
      },
    ],
  });
  const internal = await database.db.commentThread.create({
    data: { draftId, paragraphId: urges!.id, delegationCode: 'EU', internal: true, createdById: database.userId },
  });
  await database.db.comment.create({
    data: { threadId: internal.id, authorId: database.userId, authorName: 'Eva', delegationCode: 'EU', body: 'Our bottom line: keep it.' },
  });
  await database.db.silenceProcedure.create({
    data: {
      draftId,
      paragraphIds: JSON.stringify([requests!.id]),
      outcome: 'agreed-ad-ref',
      deadline: new Date('2026-11-26T17:00:00Z'),
      state: 'adopted',
      startedById: database.userId,
      startedByDelegation: 'CHAIR',
      closedAt: new Date('2026-11-26T17:00:01Z'),
    },
  });
  const broken = await database.db.silenceProcedure.create({
    data: {
      draftId,
      paragraphIds: JSON.stringify([recalling!.id]),
      outcome: 'agreed',
      deadline: new Date('2026-11-26T17:30:00Z'),
      state: 'broken',
      startedById: database.userId,
      startedByDelegation: 'CHAIR',
      closedAt: new Date('2026-11-26T17:10:00Z'),
    },
  });
  await database.db.silenceBreak.create({
    data: {
      procedureId: broken.id,
      delegationCode: 'EU',
      userId: database.userId,
      authorName: 'Eva',
      statement: 'Pending instructions.',
      createdAt: new Date('2026-11-26T17:10:00Z'),
    },
  });
  await database.db.silenceProcedure.create({
    data: {
      draftId,
      paragraphIds: JSON.stringify([urges!.id]),
      outcome: 'agreed',
      deadline: new Date('2026-11-27T17:00:00Z'),
      startedById: database.userId,
      startedByDelegation: 'CHAIR',
    },
  });
}

const expected = [
  { author: 'European Union', initials: 'EU', text: '(resolved) On “States parties”: Reservation pending instructions.' },
  { author: 'Mexico', initials: 'MEX', text: 'We could go with &quot;all States&quot;.' },
  {
    author: 'Chair',
    initials: 'CHAIR',
    text: 'Adopted under silence procedure, deadline 26 November 2026, 18:00 (Europe/Vienna): agreed ad ref.',
  },
  {
    author: 'Chair',
    initials: 'CHAIR',
    text: 'Silence broken by European Union (statement: Pending instructions.) on 26 November 2026, 18:10 (Europe/Vienna), before the deadline 26 November 2026, 18:30 (Europe/Vienna). The paragraph stays open.',
  },
];

describe('Word exports carry comments and silence outcomes', () => {
  it('prints the shared thread and the outcome in the live draft and in a revision, clean and tracked, never the internal thread', async () => {
    const draftId = await createSampleDraft(database);
    const rev1 = await issueRevision(database.db, draftId, 'Rev.1', member);
    await writeRows(draftId);
    const rev2 = await issueRevision(database.db, draftId, 'Rev.2', member);
    const exports = [
      await exportDocument(database.db, { kind: 'draft', draftId }, 'docx', 'operator'),
      await exportDocument(database.db, { kind: 'revision', revisionId: rev2.id, tracked: false }, 'docx', 'operator'),
      await exportDocument(
        database.db,
        { kind: 'revision', revisionId: rev2.id, tracked: true, against: `revision:${rev1.id}` },
        'docx',
        'operator',
      ),
    ];
    for (const { buffer } of exports) {
      expect(await readComments(buffer)).toEqual(expected);
      const document = await readPart(buffer, 'word/document.xml');
      expect(document).not.toContain('bottom line');
      expect(await readPart(buffer, 'word/comments.xml')).not.toContain('bottom line');
      // The thread's two comments range over "Urges …", the outcome over "Requests …".
      const paragraphs = [...document.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((match) => ({
        xml: match[1]!,
        text: [...match[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
      }));
      const urges = paragraphs.find((paragraph) => paragraph.text.includes('States parties to act'))!.xml;
      const requests = paragraphs.find((paragraph) => paragraph.text.includes('the secretariat to report'))!.xml;
      expect([...urges.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((match) => match[1])).toEqual(['0', '1']);
      expect([...requests.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((match) => match[1])).toEqual(['2']);
      const recalling = paragraphs.find((paragraph) => paragraph.text.includes('its resolution 9/1'))!.xml;
      expect([...recalling.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((match) => match[1])).toEqual(['3']);
    }
  });
});
