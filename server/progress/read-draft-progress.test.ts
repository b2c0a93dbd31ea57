import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleDraft, createTestDatabase, type TestDatabase, testNegotiationId } from '@/test-support/realtime-server';
import { issueRevision } from '@/server/revisions/issue-revision';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { readDraftProgress } from './read-draft-progress';
import { readNegotiationProgress } from './read-negotiation-progress';

let database: TestDatabase;
let user: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase({ roleMembers: false });
  user = (await findUser(database.db, database.userId))!;
  await database.db.delegation.create({ data: { code: 'COL', name: 'Colombia', colour: '#aa0000' } });
});

afterAll(async () => {
  await database.dispose();
});

async function proposal(
  draftId: string,
  paragraphId: string,
  id: string,
  fields: { kind?: string; delegation: string; status: string; objectors?: string[] },
) {
  await database.db.proposal.create({
    data: {
      id,
      draftId,
      paragraphId,
      kind: fields.kind ?? 'amend',
      delegation: fields.delegation,
      authorId: database.userId,
      authorName: 'F',
      status: fields.status,
      text: 'new',
      baseText: 'old',
      supporters: JSON.stringify(fields.delegation === 'FRA' ? [] : ['FRA']),
      objectors: JSON.stringify(fields.objectors ?? []),
      createdAt: new Date(),
    },
  });
}

describe('readDraftProgress', () => {
  it('reads rows, revisions in issue order and proposals, and names delegations from the database', async () => {
    const draftId = await createSampleDraft(database);
    const rows = await database.db.draftParagraph.findMany({ where: { draftId }, orderBy: { position: 'asc' } });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    await database.db.draftParagraph.update({
      where: { draftId_id: { draftId, id: rows[0]!.id } },
      data: { text: 'Recalls [the] [text],' },
    });
    await database.db.draftParagraph.update({ where: { draftId_id: { draftId, id: rows[1]!.id } }, data: { status: 'agreed' } });
    await issueRevision(database.db, draftId, 'Rev.1', user);
    await database.db.draftParagraph.update({ where: { draftId_id: { draftId, id: rows[0]!.id } }, data: { text: 'Recalls [the] text,' } });
    await proposal(draftId, rows[2]!.id, 'p1', { delegation: 'COL', status: 'open', objectors: ['FRA'] });
    await proposal(draftId, rows[2]!.id, 'p2', { delegation: 'FRA', status: 'accepted' });
    await proposal(draftId, rows[0]!.id, 'p3', { kind: 'alternative', delegation: 'COL', status: 'open' });

    const progress = await readDraftProgress(database.db, draftId, new Date('2026-11-26T12:00:00.000Z'));
    expect(progress.status).toMatchObject({ bracketed: 1, agreed: 1, total: rows.length });
    expect(progress.timeline.map(({ label, brackets, alternatives }) => ({ label, brackets, alternatives }))).toEqual([
      { label: 'Rev.1', brackets: 2, alternatives: 0 },
      { label: 'Now', brackets: 1, alternatives: 1 },
    ]);
    expect(progress.timeline[1]!.at).toBe('2026-11-26T12:00:00.000Z');
    expect(progress.contested[0]).toMatchObject({
      paragraphId: rows[2]!.id,
      objectors: ['France'],
      proposals: [{ id: 'p1', delegationName: 'Colombia', supporters: ['France'], objectors: ['France'] }],
    });
    expect(progress.delegations).toEqual([
      { code: 'COL', name: 'Colombia', open: 2, accepted: 0, rejected: 0, withdrawn: 0, total: 2 },
      { code: 'FRA', name: 'France', open: 0, accepted: 1, rejected: 0, withdrawn: 0, total: 1 },
    ]);

    const negotiation = await readNegotiationProgress(database.db, testNegotiationId);
    expect(negotiation.drafts.map((draft) => draft.draftId)).toContain(draftId);
    expect(negotiation.status.total).toBeGreaterThanOrEqual(rows.length);
  });

  it('answers not found for a draft that does not exist', async () => {
    await expect(readDraftProgress(database.db, 'no-such-draft')).rejects.toMatchObject({ code: 'not-found' });
  });
});
