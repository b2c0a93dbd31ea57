import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { createSampleDraft, createTestDatabase, testNegotiationId, type TestDatabase } from '@/test-support/realtime-server';
import { createNegotiation } from '@/server/negotiations/create-negotiation';
import { setNegotiationTimeZone } from '@/server/negotiations/set-negotiation-time-zone';
import { clearProposalDeadline } from './clear-proposal-deadline';
import { listDraftDeadlines } from './list-draft-deadlines';
import { notifyApproachingDeadlines } from './notify-approaching-deadlines';
import { reopenProposalDeadline } from './reopen-proposal-deadline';
import { setProposalDeadline } from './set-proposal-deadline';

let database: TestDatabase;
let facilitator: CurrentUser;
let delegate: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  facilitator = (await findUser(database.db, database.userId))!;
  delegate = (await findUser(database.db, 'u-delegate'))!;
});

afterAll(async () => {
  await database.dispose();
});

describe('proposal deadlines', () => {
  it('gives a new negotiation the zone it is created with, refusing one that does not exist', async () => {
    const { id } = await createNegotiation(database.db, 'operator', { title: 'Vienna talks', timeZone: 'Europe/Vienna' });
    expect((await database.db.negotiation.findUniqueOrThrow({ where: { id } })).timeZone).toBe('Europe/Vienna');
    await expect(createNegotiation(database.db, 'operator', { title: 'Nowhere', timeZone: 'Nowhere/Else' })).rejects.toThrow(
      /not a time zone/,
    );
  });

  it("sets a deadline typed in the negotiation's zone, reopens and clears it, each audited; only the facilitator may", async () => {
    const draftId = await createSampleDraft(database);
    await setNegotiationTimeZone(database.db, facilitator, testNegotiationId, 'Europe/Vienna');
    await expect(setNegotiationTimeZone(database.db, facilitator, testNegotiationId, 'Europe/Atlantis')).rejects.toThrow(/not a time zone/);
    await expect(
      setProposalDeadline(database.db, delegate, draftId, { paragraphId: '', closesAt: '2026-11-27T18:00', note: '' }),
    ).rejects.toThrow(/does not allow/);
    await expect(
      setProposalDeadline(database.db, facilitator, draftId, { paragraphId: '', closesAt: 'six', note: '' }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/YYYY-MM-DDTHH:MM/),
      reason: 'date-time-format',
    });
    await expect(
      setProposalDeadline(database.db, facilitator, draftId, { paragraphId: '', closesAt: '2026-03-29T02:30', note: '' }),
    ).rejects.toMatchObject({ reason: 'time-skipped', params: { time: '2026-03-29 02:30', zone: 'Europe/Vienna' } });
    const set = await setProposalDeadline(database.db, facilitator, draftId, {
      paragraphId: '',
      closesAt: '2026-11-27T18:00',
      note: 'Amendments by 18:00 Vienna time',
    });
    expect(set.timeZone).toBe('Europe/Vienna');
    expect(set.deadlines).toEqual([
      expect.objectContaining({
        paragraphId: '',
        closesAt: '2026-11-27T17:00:00.000Z',
        note: 'Amendments by 18:00 Vienna time',
        reopenedAt: null,
      }),
    ]);
    const reopened = await reopenProposalDeadline(database.db, facilitator, draftId, '');
    expect(reopened.deadlines[0]?.reopenedAt).not.toBeNull();
    await expect(reopenProposalDeadline(database.db, facilitator, draftId, '')).rejects.toThrow(/open already/);
    // Setting a time again closes it anew.
    const again = await setProposalDeadline(database.db, facilitator, draftId, { paragraphId: '', closesAt: '2026-11-27T19:00', note: '' });
    expect(again.deadlines[0]).toMatchObject({ closesAt: '2026-11-27T18:00:00.000Z', reopenedAt: null });
    expect((await clearProposalDeadline(database.db, facilitator, draftId, '')).deadlines).toEqual([]);
    await expect(clearProposalDeadline(database.db, facilitator, draftId, '')).rejects.toThrow(/no deadline/);
    expect((await listDraftDeadlines(database.db, delegate, draftId)).deadlines).toEqual([]);
    const actions = await database.db.auditEvent.findMany({ where: { draftId, action: { startsWith: 'deadline.' } } });
    expect(actions.map((event) => event.action).sort()).toEqual(['deadline.clear', 'deadline.reopen', 'deadline.set', 'deadline.set']);
  });

  it('tells the whole negotiation once that proposals close within the hour, and again when the time moves', async () => {
    const draftId = await createSampleDraft(database);
    const now = new Date();
    const soon = new Date(now.getTime() + 30 * 60_000);
    const later = new Date(now.getTime() + 3 * 60 * 60_000);
    const row = await database.db.proposalDeadline.create({ data: { draftId, paragraphId: '', closesAt: later, setById: facilitator.id } });
    const count = () => database.db.notification.count({ where: { draftId, kind: 'deadline.approaching' } });
    await notifyApproachingDeadlines(database.db, now);
    expect(await count()).toBe(0);
    await database.db.proposalDeadline.update({ where: { id: row.id }, data: { closesAt: soon } });
    const members = await database.db.negotiationMember.count({ where: { negotiationId: testNegotiationId } });
    await notifyApproachingDeadlines(database.db, now);
    await notifyApproachingDeadlines(database.db, now);
    expect(await count()).toBe(members);
    const told = await database.db.notification.findFirstOrThrow({ where: { draftId, kind: 'deadline.approaching' } });
    expect(told.title).toMatch(/^Proposals on Test draft close at \d{2}:\d{2} Vienna time/);
    await database.db.proposalDeadline.update({ where: { id: row.id }, data: { closesAt: new Date(soon.getTime() + 60_000) } });
    await notifyApproachingDeadlines(database.db, now);
    expect(await count()).toBe(2 * members);
    // Reopened deadlines are not announced.
    await database.db.proposalDeadline.update({
      where: { id: row.id },
      data: { closesAt: new Date(soon.getTime() + 120_000), reopenedAt: now },
    });
    await notifyApproachingDeadlines(database.db, now);
    expect(await count()).toBe(2 * members);
  });
});
