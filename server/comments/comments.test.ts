import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@/server/errors/app-error';
import { listParagraphHistory } from '@/server/proposals/list-paragraph-history';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { addTestMember } from '@/test-support/negotiation-members';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { createCommentThread } from './create-comment-thread';
import { listCommentThreads } from './list-comment-threads';
import { replyToCommentThread } from './reply-to-comment-thread';
import { settleCommentThread } from './settle-comment-thread';

let database: TestDatabase;
let draftId: string;
let paragraphId: string;
let otherParagraphId: string;
let chair: CurrentUser;
let eva: CurrentUser;
let emil: CurrentUser;
let marta: CurrentUser;
let sam: CurrentUser;
let olga: CurrentUser;

async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'succeeded';
}

function feedOf(user: CurrentUser) {
  return database.db.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
}

beforeAll(async () => {
  database = await createTestDatabase({ roleMembers: false });
  const { db } = database;
  chair = (await findUser(db, database.userId))!;
  const eu = { code: 'EU', name: 'European Union' };
  eva = await addTestMember(db, { email: 'eva@example.org', name: 'Eva', delegation: eu, role: 'delegate' });
  emil = await addTestMember(db, { email: 'emil@example.org', name: 'Emil', delegation: eu, role: 'delegate' });
  marta = await addTestMember(db, {
    email: 'marta@example.org',
    name: 'Marta',
    delegation: { code: 'MEX', name: 'Mexico' },
    role: 'delegate',
  });
  sam = await addTestMember(db, {
    email: 'sam@example.org',
    name: 'Sam',
    delegation: { code: 'USA', name: 'United States' },
    role: 'delegate',
  });
  olga = await addTestMember(db, {
    email: 'olga@example.org',
    name: 'Olga',
    delegation: { code: 'OBS', name: 'Observer' },
    role: 'observer',
  });
  draftId = await createSampleDraft(database);
  const rows = await db.draftParagraph.findMany({ where: { draftId }, orderBy: { position: 'asc' } });
  paragraphId = rows[0]!.id;
  otherParagraphId = rows[1]!.id;
});

afterAll(async () => {
  await database?.dispose();
});

describe('comment threads', () => {
  it("are written in the roster delegation's name, replied to, resolved by their delegation or the facilitator, and audited", async () => {
    const { db } = database;
    const thread = await createCommentThread(db, eva, draftId, {
      paragraphId,
      body: '  Reservation pending instructions.  ',
      internal: false,
    });
    expect(thread).toMatchObject({
      paragraphId,
      delegation: { code: 'EU', name: 'European Union' },
      internal: false,
      resolved: null,
      canSettle: true,
      comments: [{ body: 'Reservation pending instructions.', author: { name: 'Eva' }, delegation: { code: 'EU' } }],
    });

    const replied = await replyToCommentThread(db, marta, thread.id, 'Could the EU say which part?');
    expect(replied.comments.map((comment) => `${comment.delegation.code}: ${comment.body}`)).toEqual([
      'EU: Reservation pending instructions.',
      'MEX: Could the EU say which part?',
    ]);
    expect((await listCommentThreads(db, marta, draftId)).find((item) => item.id === thread.id)?.canSettle).toBe(false);

    expect(await failureCode(settleCommentThread(db, marta, thread.id, 'resolve'))).toBe('forbidden');
    expect(await failureCode(replyToCommentThread(db, olga, thread.id, 'An observer writes'))).toBe('forbidden');
    const resolved = await settleCommentThread(db, emil, thread.id, 'resolve');
    expect(resolved.resolved?.by.name).toBe('Emil');
    expect(await failureCode(settleCommentThread(db, eva, thread.id, 'resolve'))).toBe('conflict');
    const reopened = await settleCommentThread(db, chair, thread.id, 'reopen');
    expect(reopened.resolved).toBeNull();

    const events = await db.auditEvent.findMany({ where: { target: thread.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(events.map((event) => `${event.action} ${event.delegationCode}`)).toEqual([
      'comment.create EU',
      'comment.reply MEX',
      'comment.resolve EU',
      'comment.reopen CHAIR',
    ]);
    expect(JSON.parse(events[0]!.detail!)).toMatchObject({
      paragraphId,
      threadId: thread.id,
      internal: false,
      body: 'Reservation pending instructions.',
    });
  });

  it('refuses empty and over-long comments and unknown paragraphs with a clear message, writing nothing', async () => {
    const { db } = database;
    const before = await db.commentThread.count();
    expect(await failureCode(createCommentThread(db, eva, draftId, { paragraphId, body: '   ', internal: false }))).toBe('invalid-input');
    expect(await failureCode(createCommentThread(db, eva, draftId, { paragraphId, body: 'x'.repeat(4_001), internal: false }))).toBe(
      'invalid-input',
    );
    expect(await failureCode(createCommentThread(db, eva, draftId, { paragraphId: 'nope', body: 'Hello', internal: false }))).toBe(
      'invalid-input',
    );
    expect(await failureCode(createCommentThread(db, olga, draftId, { paragraphId, body: 'Hello', internal: false }))).toBe('forbidden');
    expect(await db.commentThread.count()).toBe(before);
  });

  it("keeps an internal thread to its delegation: others cannot list, reply, resolve or read it in the paragraph's history", async () => {
    const { db } = database;
    const thread = await createCommentThread(db, eva, draftId, {
      paragraphId: otherParagraphId,
      body: 'Internal: capital says hold firm. @MEX',
      internal: true,
      quote: { text: 'the Commission', from: 4, to: 18 },
    });
    expect(thread.internal).toBe(true);
    expect(thread.quote).toEqual({ text: 'the Commission', from: 4, to: 18 });
    expect(thread.comments[0]!.mentions).toEqual([]);

    expect((await listCommentThreads(db, emil, draftId)).map((item) => item.id)).toContain(thread.id);
    for (const outsider of [marta, chair, olga]) {
      expect((await listCommentThreads(db, outsider, draftId)).map((item) => item.id)).not.toContain(thread.id);
      expect(await failureCode(replyToCommentThread(db, outsider, thread.id, 'Peeking'))).toBe('not-found');
      expect(await failureCode(settleCommentThread(db, outsider, thread.id, 'resolve'))).toBe('not-found');
    }
    await replyToCommentThread(db, emil, thread.id, 'Agreed.');

    const event = await db.auditEvent.findFirstOrThrow({ where: { target: thread.id, action: 'comment.create' } });
    expect(event.detail).not.toContain('hold firm');
    expect(event.detail).not.toContain('Commission');
    const history = await listParagraphHistory(db, draftId, otherParagraphId);
    expect(history.filter((entry) => entry.action.startsWith('comment.'))).toEqual([]);
    // Nobody outside hears of it, and the delegation does not start following the paragraph.
    expect((await feedOf(marta)).filter((row) => row.body.includes('hold firm'))).toEqual([]);
    expect(await db.paragraphFollow.findMany({ where: { paragraphId: otherParagraphId } })).toEqual([]);
  });

  it('makes the commenting delegation follow, tells followers and mentioned delegations once each, and keeps a muted follow', async () => {
    const { db } = database;
    const [, , third] = await db.draftParagraph.findMany({ where: { draftId }, orderBy: { position: 'asc' } });
    const target = third!.id;
    await db.paragraphFollow.create({ data: { draftId, paragraphId: target, delegationCode: 'USA', reason: 'muted' } });
    await db.paragraphFollow.create({ data: { draftId, paragraphId: target, delegationCode: 'MEX', reason: 'chosen' } });

    const thread = await createCommentThread(db, eva, draftId, {
      paragraphId: target,
      body: 'We ask @mex and @USA to look again.',
      internal: false,
    });
    expect(thread.comments[0]!.mentions).toEqual(['MEX', 'USA']);
    const follows = await db.paragraphFollow.findMany({ where: { draftId, paragraphId: target }, orderBy: { delegationCode: 'asc' } });
    expect(follows.map((follow) => `${follow.delegationCode} ${follow.reason}`)).toEqual(['EU commented', 'MEX chosen', 'USA muted']);

    const martaFeed = (await feedOf(marta)).filter((row) => row.dedupeKey === `comment:${thread.comments[0]!.id}`);
    expect(martaFeed.map((row) => row.kind)).toEqual(['mention']);
    expect(martaFeed[0]!.link).toBe(`/drafts/${draftId}#paragraph-${target}`);
    const samFeed = (await feedOf(sam)).filter((row) => row.dedupeKey === `comment:${thread.comments[0]!.id}`);
    expect(samFeed.map((row) => row.kind)).toEqual(['mention']);
    // The EU's own members are not told of their own comment.
    expect((await feedOf(emil)).filter((row) => row.dedupeKey === `comment:${thread.comments[0]!.id}`)).toEqual([]);

    // Mexico replies: the EU now follows (it commented), so its members hear of it.
    const reply = await replyToCommentThread(db, marta, thread.id, 'Looking.');
    expect((await feedOf(emil)).filter((row) => row.dedupeKey === `comment:${reply.comments[1]!.id}`).map((row) => row.kind)).toEqual([
      'comment.created',
    ]);
    expect((await feedOf(sam)).filter((row) => row.dedupeKey === `comment:${reply.comments[1]!.id}`)).toEqual([]);
  });

  it('answers "not found" for a thread in a negotiation the person cannot see', async () => {
    const { db } = database;
    const elsewhere = await db.negotiation.create({ data: { title: 'Closed talks', status: 'open' } });
    const stranger = await addTestMember(
      db,
      { email: 'stranger@example.org', name: 'Stranger', delegation: { code: 'ZZ', name: 'Elsewhere' }, role: 'delegate' },
      elsewhere.id,
    );
    const thread = await createCommentThread(db, eva, draftId, { paragraphId, body: 'Visible here only.', internal: false });
    expect(await failureCode(replyToCommentThread(db, stranger, thread.id, 'Hi'))).toBe('not-found');
    expect(await failureCode(listCommentThreads(db, stranger, draftId))).toBe('not-found');
  });
});
