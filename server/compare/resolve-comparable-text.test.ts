import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueRevision } from '@/server/revisions/issue-revision';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { catchRefusal, sayRefusal } from '@/test-support/say-refusal';
import { resolveComparableText } from './resolve-comparable-text';

let database: TestDatabase;
let member: CurrentUser;
let outsider: CurrentUser;
let draftId: string;
let revisionId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  member = (await findUser(database.db, database.userId))!;
  const delegation = await database.db.delegation.create({ data: { code: 'XYZ', name: 'Elsewhere land', colour: '#000000' } });
  const row = await database.db.user.create({
    data: { email: 'x@example.org', name: 'Outsider', passwordHash: 'x', delegationId: delegation.id },
  });
  outsider = (await findUser(database.db, row.id))!;
  draftId = await createSampleDraft(database);
  revisionId = (await issueRevision(database.db, draftId, 'Rev.1', member)).id;
});

afterAll(async () => {
  await database.dispose();
});

describe('texts named for a comparison', () => {
  it('are resolved for a member of the draft’s negotiation and for the operator', async () => {
    for (const reader of [{ user: member, action: 'draft:read' as const }, 'operator' as const]) {
      expect((await resolveComparableText(database.db, `draft:${draftId}`, reader)).key).toBe(`draft:${draftId}`);
      expect((await resolveComparableText(database.db, `revision:${revisionId}`, reader)).key).toBe(`revision:${revisionId}`);
      expect((await resolveComparableText(database.db, revisionId, reader)).key).toBe(`revision:${revisionId}`);
    }
  });

  it('are "not found" for someone not on the negotiation, exactly as a text that does not exist', async () => {
    const reader = { user: outsider, action: 'draft:export' as const };
    for (const key of [`draft:${draftId}`, `revision:${revisionId}`, draftId, revisionId]) {
      await expect(resolveComparableText(database.db, key, reader)).rejects.toMatchObject({
        code: 'not-found',
        message: expect.stringContaining(`Nothing to compare called "${key}"`),
      });
    }
    await expect(resolveComparableText(database.db, 'draft:no-such-draft', reader)).rejects.toMatchObject({ code: 'not-found' });
    const unknown = await catchRefusal(resolveComparableText(database.db, 'draft:no-such-draft', reader));
    expect(sayRefusal(unknown, 'en')).toBe((unknown as Error).message);
    expect(sayRefusal(unknown, 'fr')).toBe(
      'Rien à comparer sous le nom « draft:no-such-draft » : indiquez l’identifiant ou la cote d’un document du corpus (par exemple 10/3), une révision (revision:<id>) ou un projet (draft:<id>).',
    );
  });
});
