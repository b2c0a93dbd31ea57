import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { createSampleDraft, createTestDatabase, testNegotiationId, type TestDatabase } from '@/test-support/realtime-server';
import { compareSinceLastLook } from './compare-since-last-look';
import { findLastLookedAt } from './find-last-looked-at';
import { recordDraftVisit } from './record-draft-visit';

const minute = 60_000;
const sittingMs = 30 * minute;
let database: TestDatabase;
let user: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase({ roleMembers: false });
  user = (await findUser(database.db, database.userId))!;
});

afterAll(async () => {
  await database.dispose();
});

/** What the Chair's acceptance of an EU proposal leaves in the rows: the new text and the accepted proposal. */
async function acceptEuAmendment(draftId: string, position: number, text: string, decidedAt: Date): Promise<void> {
  const row = await database.db.draftParagraph.findFirstOrThrow({ where: { draftId, position } });
  const content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  await database.db.draftParagraph.update({
    where: { draftId_id: { draftId, id: row.id } },
    data: { text, content: JSON.stringify(content) },
  });
  await database.db.proposal.create({
    data: {
      id: `p-${position}`,
      draftId,
      paragraphId: row.id,
      kind: 'amend',
      delegation: 'EU',
      authorId: database.userId,
      authorName: 'Eva',
      status: 'accepted',
      text,
      baseText: row.text,
      acceptedOnto: row.text,
      supporters: '[]',
      objectors: '[]',
      createdAt: decidedAt,
      decidedBy: database.userId,
      decidedAt,
    },
  });
}

describe('visits to a draft and "since I last looked"', () => {
  it('has nothing to compare on a first sitting, then compares the last sitting’s state with now, crediting the EU', async () => {
    const draftId = await createSampleDraft(database);
    const visit = { userId: database.userId, negotiationId: testNegotiationId, draftId };
    const now = Date.now();
    await recordDraftVisit(database.db, visit, { sittingMs, at: new Date(now - 90 * minute) });
    await recordDraftVisit(database.db, visit, { sittingMs, at: new Date(now - 80 * minute) });
    expect(await findLastLookedAt(database.db, database.userId, draftId)).toBeNull();
    expect(await compareSinceLastLook(database.db, user, draftId)).toBeNull();

    await acceptEuAmendment(draftId, 1, 'Urges all States parties to act without delay;', new Date(now - 10 * minute));
    await recordDraftVisit(database.db, visit, { sittingMs, at: new Date(now - minute) });
    expect(await findLastLookedAt(database.db, database.userId, draftId)).toEqual(new Date(now - 80 * minute));

    const since = await compareSinceLastLook(database.db, user, draftId);
    expect(since?.since).toEqual(new Date(now - 80 * minute));
    const changed = since?.pairs.filter((pair) => pair.status !== 'unchanged') ?? [];
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ status: 'changed', attribution: 'EU' });
    expect(
      changed[0]?.ops
        .filter(([op]) => op === 1)
        .map(([, text]) => text)
        .join(''),
    ).toContain('without delay');
  });

  it('keeps the comparison through a reload within the sitting, and keeps each person’s and draft’s record apart', async () => {
    const draftId = await createSampleDraft(database);
    const other = await createSampleDraft(database);
    const visit = { userId: database.userId, negotiationId: testNegotiationId, draftId };
    const now = Date.now();
    await recordDraftVisit(database.db, visit, { sittingMs, at: new Date(now - 120 * minute) });
    await recordDraftVisit(database.db, visit, { sittingMs, at: new Date(now - 20 * minute) });
    await recordDraftVisit(database.db, visit, { sittingMs, at: new Date(now - 2 * minute) });
    expect(await findLastLookedAt(database.db, database.userId, draftId)).toEqual(new Date(now - 120 * minute));
    expect(await findLastLookedAt(database.db, database.userId, other)).toBeNull();
    const rows = await database.db.visit.findMany({ where: { userId: database.userId, draftId } });
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.snapshot!)).toMatchObject({ title: 'Test draft' });
  });
});
