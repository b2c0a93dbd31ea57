import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleDraft, createTestDatabase, testNegotiationId, type TestDatabase } from '@/test-support/realtime-server';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { countUnreadNotifications } from './count-unread-notifications';
import { listNotifications } from './list-notifications';
import { listParagraphFollows } from './list-paragraph-follows';
import { markNotificationsRead } from './mark-notifications-read';
import { notifyPeople } from './notify-people';
import { setParagraphFollow } from './set-paragraph-follow';

let database: TestDatabase;
let delegate: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  delegate = (await findUser(database.db, 'u-delegate'))!;
});

afterAll(async () => {
  await database.dispose();
});

async function tell(count: number, userIds: string[], negotiationId = testNegotiationId): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    for (const userId of userIds) {
      await database.db.notification.create({
        data: {
          userId,
          negotiationId,
          kind: 'revision.issued',
          title: `Entry ${index}`,
          link: '/',
          actorDelegation: 'FRA',
          createdAt: new Date(Date.UTC(2026, 10, 26, 12, 0, index)),
        },
      });
    }
  }
}

describe('the notification feed', () => {
  it('pages a person’s own entries newest first, counts and marks them read', async () => {
    await tell(5, ['u-delegate', 'u-observer']);
    const first = await listNotifications(database.db, 'u-delegate', { limit: 2 });
    expect(first.items.map((item) => item.title)).toEqual(['Entry 4', 'Entry 3']);
    expect(first.items[0]!.delegation).toEqual({ code: 'FRA', name: 'France' });
    expect(first.unread).toBe(5);
    const second = await listNotifications(database.db, 'u-delegate', { limit: 2, before: first.nextCursor! });
    expect(second.items.map((item) => item.title)).toEqual(['Entry 2', 'Entry 1']);
    const last = await listNotifications(database.db, 'u-delegate', { limit: 2, before: second.nextCursor! });
    expect(last.items.map((item) => item.title)).toEqual(['Entry 0']);
    expect(last.nextCursor).toBeNull();

    // Someone else's ids change nothing.
    const theirs = await database.db.notification.findFirstOrThrow({ where: { userId: 'u-observer' } });
    expect(await markNotificationsRead(database.db, 'u-delegate', { ids: [theirs.id, first.items[0]!.id] })).toBe(1);
    expect(await countUnreadNotifications(database.db, 'u-delegate')).toBe(4);
    expect(await countUnreadNotifications(database.db, 'u-observer')).toBe(5);
    expect(await markNotificationsRead(database.db, 'u-delegate', { all: true })).toBe(4);
    expect(await countUnreadNotifications(database.db, 'u-delegate')).toBe(0);
    expect((await listNotifications(database.db, 'u-delegate')).items.every((item) => item.read)).toBe(true);
  });

  it('hides what was told in a negotiation the person is no longer on', async () => {
    await database.db.negotiation.create({ data: { id: 'elsewhere', title: 'Elsewhere', status: 'open' } });
    await database.db.negotiationMember.create({ data: { negotiationId: 'elsewhere', userId: 'u-secretariat', role: 'secretariat' } });
    await tell(1, ['u-secretariat'], 'elsewhere');
    expect(await countUnreadNotifications(database.db, 'u-secretariat')).toBe(1);
    await database.db.negotiationMember.delete({
      where: { negotiationId_userId: { negotiationId: 'elsewhere', userId: 'u-secretariat' } },
    });
    expect(await countUnreadNotifications(database.db, 'u-secretariat')).toBe(0);
    expect((await listNotifications(database.db, 'u-secretariat')).items).toEqual([]);
  });
});

describe('writing a notification', () => {
  it('stores the title’s message and values beside the English title, and lists them', async () => {
    const message = { key: 'silenceBroken' as const, values: { delegation: 'Mexico' } };
    const written = await notifyPeople(database.db, {
      negotiationId: testNegotiationId,
      kind: 'silence.broken',
      title: 'Silence broken by Mexico',
      message,
      link: '/',
      audience: { delegations: ['FRA'] },
      dedupeKey: 'message-test',
    });
    expect(written).toBeGreaterThan(0);
    const row = await database.db.notification.findFirstOrThrow({ where: { userId: 'u-delegate', dedupeKey: 'message-test' } });
    expect([row.title, row.messageKey, JSON.parse(row.params!)]).toEqual(['Silence broken by Mexico', 'silenceBroken', message.values]);
    const listed = (await listNotifications(database.db, 'u-delegate')).items.find((item) => item.id === row.id);
    expect(listed?.message).toEqual(message);
  });

  it('lists an old row, written before messages were stored, without one', async () => {
    // The feed's first test wrote these rows with a title alone.
    const old = (await listNotifications(database.db, 'u-observer')).items.find((item) => item.title === 'Entry 0');
    expect(old).toMatchObject({ title: 'Entry 0', message: null });
  });
});

describe('following a paragraph by choice', () => {
  it('follows and mutes, with audit rows, and a muted paragraph tells nothing', async () => {
    const draftId = await createSampleDraft(database);
    const paragraph = await database.db.draftParagraph.findFirstOrThrow({ where: { draftId }, orderBy: { position: 'asc' } });
    const choice = { draftId, negotiationId: testNegotiationId, paragraphId: paragraph.id, delegationCode: 'MEX' };
    await setParagraphFollow(database.db, delegate, { ...choice, follow: true });
    expect(await listParagraphFollows(database.db, draftId, 'MEX')).toEqual([
      { paragraphId: paragraph.id, reason: 'chosen', following: true },
    ]);
    await setParagraphFollow(database.db, delegate, { ...choice, follow: false });
    expect(await listParagraphFollows(database.db, draftId, 'MEX')).toEqual([
      { paragraphId: paragraph.id, reason: 'muted', following: false },
    ]);
    const audit = await database.db.auditEvent.findMany({
      where: { draftId, action: { startsWith: 'paragraph.' } },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((row) => [row.action, row.delegationCode, row.target])).toEqual([
      ['paragraph.follow', 'MEX', paragraph.id],
      ['paragraph.unfollow', 'MEX', paragraph.id],
    ]);
    await expect(setParagraphFollow(database.db, delegate, { ...choice, paragraphId: 'nope', follow: true })).rejects.toMatchObject({
      code: 'not-found',
      reason: 'follow-paragraph-unknown',
      params: { id: 'nope' },
    });
    const written = await notifyPeople(database.db, {
      negotiationId: testNegotiationId,
      kind: 'proposal.created',
      title: 'x',
      message: { key: 'proposalCreated', values: { delegation: 'USA', kind: 'amend', paragraph: 'PP1' } },
      link: '/',
      audience: { followersOf: { draftId, paragraphId: paragraph.id } },
    });
    expect(written).toBe(0);
  });
});
