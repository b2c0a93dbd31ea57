import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueRevision } from '@/server/revisions/issue-revision';
import { findUser } from '@/server/users/find-user';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { listChangesSinceVisit } from './list-changes-since-visit';
import { listNegotiationDirectory } from './list-negotiation-directory';
import { recordNegotiationVisit } from './record-negotiation-visit';

let database: TestDatabase;
let negotiationId: string;

beforeAll(async () => {
  database = await createTestDatabase({ roleMembers: false });
  negotiationId = (await database.db.negotiation.findFirstOrThrow({ select: { id: true } })).id;
});

afterAll(async () => {
  await database.dispose();
});

async function visitOf(userId: string) {
  const visit = await database.db.visit.findUnique({ where: { userId_negotiationId_draftId: { userId, negotiationId, draftId: '' } } });
  return { negotiationId, lastVisitAt: visit?.visitedAt ?? null };
}

describe('changes since the last visit', () => {
  it('counts what happened after the visit, and only that', async () => {
    const before = await createSampleDraft(database);
    const [never] = await listChangesSinceVisit(database.db, [await visitOf(database.userId)]);
    expect(never?.since).toBeNull();
    expect(never?.draftsUpdated.latest.map((draft) => draft.id)).toContain(before);

    await recordNegotiationVisit(database.db, database.userId, negotiationId, new Date(Date.now() + 1000));
    const [quiet] = await listChangesSinceVisit(database.db, [await visitOf(database.userId)]);
    expect(quiet).toMatchObject({ draftsUpdated: { count: 0 }, revisionsIssued: { count: 0 }, proposalsMade: { count: 0 } });

    await recordNegotiationVisit(database.db, database.userId, negotiationId, new Date(Date.now() - 1000));
    const user = (await findUser(database.db, database.userId))!;
    const revision = await issueRevision(database.db, before, 'Rev.1', user);
    const [busy] = await listChangesSinceVisit(database.db, [await visitOf(database.userId)]);
    expect(busy?.revisionsIssued).toMatchObject({ count: 1, latest: [{ id: revision.id, name: 'Rev.1', draftId: before }] });
  });
});

describe('the directory of a negotiation', () => {
  it('names its roster’s delegations and people and the Chair, and nobody from elsewhere', async () => {
    const other = await database.db.negotiation.create({ data: { title: 'Elsewhere', status: 'open' } });
    const outsiderDelegation = await database.db.delegation.create({ data: { code: 'XYZ', name: 'Elsewhere land', colour: '#000000' } });
    const outsider = await database.db.user.create({
      data: { email: 'x@example.org', name: 'Outsider', passwordHash: 'x', delegationId: outsiderDelegation.id },
    });
    await database.db.negotiationMember.create({ data: { negotiationId: other.id, userId: outsider.id, role: 'delegate' } });

    const directory = await listNegotiationDirectory(database.db, negotiationId);
    expect(directory.delegations.map((delegation) => delegation.code).sort()).toEqual(['CHAIR', 'FRA']);
    expect(directory.people).toEqual([{ id: database.userId, name: 'F' }]);
  });
});
