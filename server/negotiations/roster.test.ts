import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import { archiveDraft } from '@/server/drafts/archive-draft';
import { deleteDraft } from '@/server/drafts/delete-draft';
import { isAppError } from '@/server/errors/app-error';
import { issueRevision } from '@/server/revisions/issue-revision';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { createSampleDraft, createTestDatabase, type TestDatabase, testNegotiationId } from '@/test-support/realtime-server';
import { catchRefusal, sayRefusal } from '@/test-support/say-refusal';
import { addRosterMember } from './add-roster-member';
import { checkDraftAccess } from './check-access';
import { createNegotiation } from './create-negotiation';
import { listRoster } from './list-roster';
import { removeRosterMember } from './remove-roster-member';
import { setNegotiationStatus } from './set-negotiation-status';
import { setRosterRole } from './set-roster-role';

let database: TestDatabase;
let facilitator: CurrentUser;
let admin: CurrentUser;
const people: Record<string, CurrentUser> = {};

async function person(email: string, options: { isAdmin?: boolean } = {}): Promise<CurrentUser> {
  const delegation = await database.db.delegation.findUniqueOrThrow({ where: { code: 'FRA' } });
  const row = await database.db.user.create({
    data: { email, name: email.split('@')[0]!, passwordHash: 'x', delegationId: delegation.id, isAdmin: options.isAdmin ?? false },
  });
  return (await findUser(database.db, row.id))!;
}

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

async function roleOf(negotiationId: string, user: CurrentUser): Promise<Role | undefined> {
  return (await listRoster(database.db, negotiationId)).members.find((member) => member.userId === user.id)?.role;
}

beforeAll(async () => {
  database = await createTestDatabase({ roleMembers: false });
  facilitator = (await findUser(database.db, database.userId))!;
  admin = await person('admin@example.org', { isAdmin: true });
  for (const name of ['delegate', 'observer', 'outsider', 'cofacilitator']) people[name] = await person(`${name}@example.org`);
  await addRosterMember(database.db, facilitator, testNegotiationId, { email: 'delegate@example.org', role: 'delegate' });
  await addRosterMember(database.db, facilitator, testNegotiationId, { email: 'observer@example.org', role: 'observer' });
});

afterAll(async () => {
  await database.dispose();
});

describe('roster management', () => {
  it('a facilitator adds people with roles, and the audit names the negotiation', async () => {
    expect(await roleOf(testNegotiationId, people.delegate!)).toBe('delegate');
    const events = await database.db.auditEvent.findMany({ where: { negotiationId: testNegotiationId, action: 'roster.add' } });
    expect(events.map((event) => JSON.parse(event.detail!).email)).toEqual(
      expect.arrayContaining(['delegate@example.org', 'observer@example.org']),
    );
    expect((await listRoster(database.db, testNegotiationId)).delegations.map((d) => d.code)).toContain('FRA');
  });

  it('a delegate and an observer cannot change the roster, and nothing changes', async () => {
    for (const actor of [people.delegate!, people.observer!]) {
      expect(await rejection(setRosterRole(database.db, actor, testNegotiationId, actor.id, 'facilitator'))).toMatchObject({
        code: 'forbidden',
      });
      expect(
        await rejection(addRosterMember(database.db, actor, testNegotiationId, { email: 'outsider@example.org', role: 'delegate' })),
      ).toMatchObject({ code: 'forbidden' });
    }
    expect(await roleOf(testNegotiationId, people.delegate!)).toBe('delegate');
    expect(await roleOf(testNegotiationId, people.outsider!)).toBeUndefined();
  });

  it('someone not on the roster is told the negotiation does not exist', async () => {
    expect(await rejection(removeRosterMember(database.db, people.outsider!, testNegotiationId, people.delegate!.id))).toMatchObject({
      code: 'not-found',
    });
    expect(await rejection(setNegotiationStatus(database.db, people.outsider!, testNegotiationId, { openToAll: true }))).toMatchObject({
      code: 'not-found',
    });
  });

  it('the last facilitator can be neither demoted nor removed; with a co-facilitator they can', async () => {
    expect(await rejection(setRosterRole(database.db, facilitator, testNegotiationId, facilitator.id, 'delegate'))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('last facilitator'),
    });
    expect(await rejection(removeRosterMember(database.db, facilitator, testNegotiationId, facilitator.id))).toMatchObject({
      code: 'conflict',
    });
    expect(await roleOf(testNegotiationId, facilitator)).toBe('facilitator');

    await addRosterMember(database.db, facilitator, testNegotiationId, { email: 'cofacilitator@example.org', role: 'facilitator' });
    await setRosterRole(database.db, people.cofacilitator!, testNegotiationId, facilitator.id, 'delegate');
    expect(await roleOf(testNegotiationId, facilitator)).toBe('delegate');
    await setRosterRole(database.db, people.cofacilitator!, testNegotiationId, facilitator.id, 'facilitator');
    await removeRosterMember(database.db, facilitator, testNegotiationId, people.cofacilitator!.id);
    expect(await roleOf(testNegotiationId, people.cofacilitator!)).toBeUndefined();
  });

  it('an administrator creates a negotiation and runs its roster without being on it; others cannot create one', async () => {
    const { id } = await createNegotiation(database.db, admin, { title: 'Informals on review', session: 'Eleventh session' });
    await addRosterMember(database.db, admin, id, { email: 'cofacilitator@example.org', role: 'facilitator' });
    await setNegotiationStatus(database.db, admin, id, { status: 'open' });
    expect(await roleOf(id, people.cofacilitator!)).toBe('facilitator');
    expect(await rejection(createNegotiation(database.db, facilitator, { title: 'Mine' }))).toMatchObject({ code: 'forbidden' });
    const actions = (await database.db.auditEvent.findMany({ where: { negotiationId: id }, orderBy: { createdAt: 'asc' } })).map(
      (event) => event.action,
    );
    expect(actions).toEqual(['negotiation.create', 'roster.add', 'negotiation.set-status']);
  });

  it('a removed person loses the drafts at once', async () => {
    const draftId = await createSampleDraft(database);
    await addRosterMember(database.db, facilitator, testNegotiationId, { email: 'outsider@example.org', role: 'delegate' });
    await expect(checkDraftAccess(database.db, people.outsider!, draftId, 'draft:edit')).resolves.toBeTruthy();
    await removeRosterMember(database.db, facilitator, testNegotiationId, people.outsider!.id);
    expect(await rejection(checkDraftAccess(database.db, people.outsider!, draftId, 'draft:read'))).toMatchObject({ code: 'not-found' });
  });
});

describe('archiving and deleting drafts', () => {
  it('an archived draft stays readable, refuses changes, and only a facilitator archives', async () => {
    const draftId = await createSampleDraft(database);
    expect(await rejection(archiveDraft(database.db, people.delegate!, draftId))).toMatchObject({ code: 'forbidden' });
    await archiveDraft(database.db, facilitator, draftId);
    await expect(checkDraftAccess(database.db, people.delegate!, draftId, 'draft:read')).resolves.toBeTruthy();
    expect(await rejection(checkDraftAccess(database.db, people.delegate!, draftId, 'draft:edit'))).toMatchObject({ code: 'conflict' });
    expect(await database.db.auditEvent.count({ where: { draftId, action: 'draft.archive' } })).toBe(1);
  });

  it('deletes a draft nobody else worked on, and refuses one another person has', async () => {
    const mistaken = await createSampleDraft(database);
    await deleteDraft(database.db, facilitator, mistaken);
    expect(await database.db.draft.count({ where: { id: mistaken } })).toBe(0);
    expect(await database.db.auditEvent.count({ where: { draftId: mistaken, action: 'draft.delete' } })).toBe(1);

    const worked = await createSampleDraft(database);
    await database.db.auditEvent.create({
      data: { draftId: worked, actorId: people.delegate!.id, delegationCode: 'FRA', action: 'paragraph.bracket', target: 'p1' },
    });
    expect(await rejection(deleteDraft(database.db, facilitator, worked))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('others have worked on it'),
    });
    expect(await database.db.draft.count({ where: { id: worked } })).toBe(1);
  });

  it('says why a draft cannot be deleted or archived again in the reader’s language, in English as the server does', async () => {
    const draftId = await createSampleDraft(database);
    await issueRevision(database.db, draftId, 'Rev.1', facilitator);
    await issueRevision(database.db, draftId, 'Rev.2', facilitator);
    await database.db.auditEvent.create({
      data: { draftId, actorId: people.delegate!.id, delegationCode: 'FRA', action: 'paragraph.bracket', target: 'p1' },
    });
    const notDeletable = await catchRefusal(deleteDraft(database.db, facilitator, draftId));
    await archiveDraft(database.db, facilitator, draftId);
    const archivedAlready = await catchRefusal(archiveDraft(database.db, facilitator, draftId));

    for (const refusal of [notDeletable, archivedAlready]) expect(sayRefusal(refusal, 'en')).toBe((refusal as Error).message);
    expect(sayRefusal(notDeletable, 'fr')).toBe(
      '« Test draft » ne peut pas être supprimé : 2 révisions ont été publiées, d’autres y ont travaillé. Archivez-le plutôt.',
    );
    expect(sayRefusal(archivedAlready, 'es')).toBe('«Test draft» ya está archivado.');
  });

  it('a draft of another negotiation is "not found" to someone who cannot see it', async () => {
    const draftId = await createSampleDraft(database);
    expect(await rejection(archiveDraft(database.db, people.cofacilitator!, draftId))).toMatchObject({ code: 'not-found' });
    expect(await rejection(deleteDraft(database.db, people.cofacilitator!, draftId))).toMatchObject({ code: 'not-found' });
  });
});
