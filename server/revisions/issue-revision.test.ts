import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { failInserts } from '@/test-support/test-database';
import { killMidWrite } from '@/test-support/kill-mid-write';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { catchRefusal, sayRefusal } from '@/test-support/say-refusal';
import { issueRevision } from './issue-revision';

let database: TestDatabase;
let user: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  user = (await findUser(database.db, database.userId))!;
});

afterAll(async () => {
  await database.dispose();
});

async function countRows(draftId: string, name: string) {
  const revisions = await database.db.revision.findMany({ where: { draftId, name }, select: { id: true } });
  const audits = await database.db.auditEvent.count({ where: { draftId, action: 'revision.issue' } });
  return { revisions: revisions.length, audits };
}

describe('issueRevision', () => {
  it('writes the revision and its audit row', async () => {
    const draftId = await createSampleDraft(database);
    const revision = await issueRevision(database.db, draftId, 'Rev.1', user);
    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { draftId, action: 'revision.issue' } });
    expect(audit).toMatchObject({
      target: revision.id,
      actorId: user.id,
      delegationCode: 'FRA',
      detail: JSON.stringify({ name: 'Rev.1' }),
    });
    expect(await countRows(draftId, 'Rev.1')).toEqual({ revisions: 1, audits: 1 });
  });

  it('tells everyone on the roster but the issuer, once', async () => {
    const draftId = await createSampleDraft(database);
    const revision = await issueRevision(database.db, draftId, 'Rev.1', user);
    const rows = await database.db.notification.findMany({ where: { draftId, kind: 'revision.issued' } });
    const roster = await database.db.negotiationMember.count({ where: { negotiationId: 'test-negotiation' } });
    expect(rows).toHaveLength(roster - 1);
    expect(rows.map((row) => row.userId)).not.toContain(user.id);
    expect(rows[0]).toMatchObject({ title: 'Rev.1 of "Test draft" was issued', link: `/drafts/${draftId}/revisions/${revision.id}` });
  });

  it('refuses a name already taken and writes nothing more', async () => {
    const draftId = await createSampleDraft(database);
    await issueRevision(database.db, draftId, 'Rev.1', user);
    await expect(issueRevision(database.db, draftId, 'Rev.1', user)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Rev.1'),
    });
    expect(await countRows(draftId, 'Rev.1')).toEqual({ revisions: 1, audits: 1 });
    const taken = await catchRefusal(issueRevision(database.db, draftId, 'Rev.1', user));
    expect(sayRefusal(taken, 'en')).toBe((taken as Error).message);
    expect(sayRefusal(taken, 'fr')).toBe('Ce projet a déjà une révision nommée « Rev.1 ».');
  });

  it('leaves no revision when its audit row cannot be written, so the name can be issued again', async () => {
    const draftId = await createSampleDraft(database);
    const restore = await failInserts(database, 'AuditEvent', { name: 'fail_audit' });
    try {
      await expect(issueRevision(database.db, draftId, 'Rev.1', user)).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await countRows(draftId, 'Rev.1')).toEqual({ revisions: 0, audits: 0 });
    await issueRevision(database.db, draftId, 'Rev.1', user);
    expect(await countRows(draftId, 'Rev.1')).toEqual({ revisions: 1, audits: 1 });
  });

  it('leaves neither row when the process is killed between the revision and its audit row', async () => {
    const draftId = await createSampleDraft(database);
    await killMidWrite(database.url, 'AuditEvent', 'issue-revision', { userId: user.id, draftId, name: 'Rev.1' });
    expect(await countRows(draftId, 'Rev.1')).toEqual({ revisions: 0, audits: 0 });
    await issueRevision(database.db, draftId, 'Rev.1', user);
    expect(await countRows(draftId, 'Rev.1')).toEqual({ revisions: 1, audits: 1 });
  });
});
