import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catchRefusal, sayRefusal } from '@/test-support/say-refusal';
import { createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { createDelegation } from './create-delegation';
import { createUser } from './create-user';
import { deactivateUser } from './deactivate-user';
import { type CurrentUser, findUser } from './find-user';
import { resetUserAccess } from './reset-user-access';

let database: TestDatabase;
let admin: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  const delegation = await database.db.delegation.findUniqueOrThrow({ where: { code: 'FRA' } });
  const adminRow = await database.db.user.create({
    data: { email: 'admin@example.org', name: 'Admin', passwordHash: 'x', delegationId: delegation.id, isAdmin: true },
  });
  admin = (await findUser(database.db, adminRow.id))!;
});

afterAll(async () => {
  await database.dispose();
});

describe('refusals an administrator meets', () => {
  it('name their reason, so a French reader gets French and an English reader the server’s own sentence', async () => {
    const badColour = await catchRefusal(
      createDelegation(database.db, admin, { code: 'KEN', name: 'Kenya', colour: 'green', kind: 'state' }),
    );
    const takenCode = await catchRefusal(
      createDelegation(database.db, admin, { code: 'FRA', name: 'France', colour: '#0055a4', kind: 'state' }),
    );
    const badAddress = await catchRefusal(createUser(database.db, admin, { email: 'nobody', name: 'Nobody', delegationCode: 'FRA' }));
    const unknownDelegation = await catchRefusal(
      createUser(database.db, admin, { email: 'someone@example.org', name: 'Someone', delegationCode: 'ZZZ' }),
    );
    const { id } = await createUser(database.db, admin, { email: 'leaving@example.org', name: 'Leaving', delegationCode: 'FRA' });
    const hasAccount = await catchRefusal(
      createUser(database.db, admin, { email: 'leaving@example.org', name: 'Again', delegationCode: 'FRA' }),
    );
    const self = await catchRefusal(deactivateUser(database.db, admin, admin.id));
    await deactivateUser(database.db, admin, id);
    const twice = await catchRefusal(deactivateUser(database.db, admin, id));
    const deactivated = await catchRefusal(resetUserAccess(database.db, admin, id));
    const nobody = await catchRefusal(resetUserAccess(database.db, admin, 'no-such-person'));

    const refusals = [badColour, takenCode, badAddress, unknownDelegation, hasAccount, self, twice, deactivated, nobody];
    for (const refusal of refusals) expect(sayRefusal(refusal, 'en')).toBe((refusal as Error).message);
    expect(refusals.map((refusal) => sayRefusal(refusal, 'fr'))).toEqual([
      'La couleur s’écrit #rrggbb, par exemple #1d4ed8.',
      'Il existe déjà une délégation portant le code « FRA ».',
      '« nobody » n’est pas une adresse électronique.',
      'Il n’existe aucune délégation portant le code « ZZZ ».',
      'leaving@example.org a déjà un compte.',
      'Vous ne pouvez pas désactiver votre propre compte.',
      'Le compte leaving@example.org est déjà désactivé.',
      'Le compte leaving@example.org est désactivé.',
      'Cette personne n’existe pas.',
    ]);
    expect(sayRefusal(badColour, 'es')).toBe('El color se escribe #rrggbb, por ejemplo #1d4ed8.');
  });
});
