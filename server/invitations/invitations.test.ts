import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@/server/errors/app-error';
import { addRosterMember } from '@/server/negotiations/add-roster-member';
import { listRoster } from '@/server/negotiations/list-roster';
import { createUser } from '@/server/users/create-user';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { resetUserAccess } from '@/server/users/reset-user-access';
import { verifyCredentials } from '@/server/users/verify-credentials';
import { createTestDatabase, type TestDatabase, testNegotiationId } from '@/test-support/realtime-server';
import { catchRefusal, sayRefusal } from '@/test-support/say-refusal';
import { acceptInvitation } from './accept-invitation';
import { checkInvitation } from './check-invitation';
import { createInvitation } from './create-invitation';
import { hashInvitationToken } from './hash-invitation-token';

let database: TestDatabase;
let facilitator: CurrentUser;
let admin: CurrentUser;
let delegate: CurrentUser;
const password = 'a long enough passphrase';
const day = 24 * 60 * 60 * 1000;

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

beforeAll(async () => {
  database = await createTestDatabase();
  facilitator = (await findUser(database.db, database.userId))!;
  const delegation = await database.db.delegation.findUniqueOrThrow({ where: { code: 'FRA' } });
  const adminRow = await database.db.user.create({
    data: { email: 'admin@example.org', name: 'Admin', passwordHash: 'x', delegationId: delegation.id, isAdmin: true },
  });
  admin = (await findUser(database.db, adminRow.id))!;
  await database.db.delegation.create({ data: { code: 'KEN', name: 'Kenya', colour: '#006600' } });
  const delegateRow = await database.db.user.create({
    data: { email: 'delegate@example.org', name: 'Delegate', passwordHash: 'x', delegationId: delegation.id },
  });
  delegate = (await findUser(database.db, delegateRow.id))!;
  await addRosterMember(database.db, facilitator, testNegotiationId, { email: delegate.email, role: 'delegate' });
});

afterAll(async () => {
  await database.dispose();
});

describe('invitations', () => {
  it("a facilitator's invitation stores only a digest, and accepting it makes the account and puts it on the roster", async () => {
    const invitation = await createInvitation(database.db, facilitator, {
      email: 'Wanjiru@Example.org',
      name: 'Wanjiru Kamau',
      delegationCode: 'ken',
      negotiationId: testNegotiationId,
      role: 'delegate',
    });
    const row = await database.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(hashInvitationToken(invitation.token));
    expect(JSON.stringify(row)).not.toContain(invitation.token);
    const audit = await database.db.auditEvent.findMany({ where: { action: 'invitation.create' } });
    expect(JSON.stringify(audit)).not.toContain(invitation.token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(6.9 * day);

    const seen = await checkInvitation(database.db, invitation.token);
    expect(seen).toMatchObject({ email: 'wanjiru@example.org', invitedByName: 'F', negotiation: { title: 'Test negotiation' } });

    await acceptInvitation(database.db, invitation.token, password);
    const userId = await verifyCredentials(database.db, 'wanjiru@example.org', password);
    expect(userId).not.toBeNull();
    const roster = await listRoster(database.db, testNegotiationId);
    expect(roster.members.find((member) => member.userId === userId)).toMatchObject({ role: 'delegate', delegationCode: 'KEN' });
    expect(roster.delegations.map((delegation) => delegation.code)).toContain('KEN');
  });

  it('refuses a used invitation and changes nothing', async () => {
    const invitation = await createInvitation(database.db, admin, { email: 'once@example.org', name: 'Once', delegationCode: 'KEN' });
    await acceptInvitation(database.db, invitation.token, password);
    expect(await rejection(acceptInvitation(database.db, invitation.token, 'another passphrase!!'))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already been used'),
    });
    expect(await verifyCredentials(database.db, 'once@example.org', password)).not.toBeNull();
  });

  it('refuses an expired invitation and makes no account', async () => {
    const issuedAt = new Date(Date.now() - 8 * day);
    const invitation = await createInvitation(
      database.db,
      admin,
      { email: 'late@example.org', name: 'Late', delegationCode: 'KEN' },
      issuedAt,
    );
    expect(await rejection(acceptInvitation(database.db, invitation.token, password))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('expired'),
    });
    expect(await database.db.user.count({ where: { email: 'late@example.org' } })).toBe(0);
  });

  it('refuses an address that already has an account, when inviting and when accepting', async () => {
    expect(
      await rejection(createInvitation(database.db, admin, { email: 'delegate@example.org', name: 'Again', delegationCode: 'FRA' })),
    ).toMatchObject({ code: 'conflict', message: expect.stringContaining('already has an account') });

    const invitation = await createInvitation(database.db, admin, { email: 'twice@example.org', name: 'Twice', delegationCode: 'KEN' });
    const other = await createInvitation(database.db, admin, { email: 'twice@example.org', name: 'Twice', delegationCode: 'KEN' });
    await acceptInvitation(database.db, other.token, password);
    expect(await rejection(acceptInvitation(database.db, invitation.token, 'someone else entirely'))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already has an account'),
    });
    expect(await verifyCredentials(database.db, 'twice@example.org', password)).not.toBeNull();
  });

  it('refuses a weak password and a link that never existed', async () => {
    const invitation = await createInvitation(database.db, admin, { email: 'short@example.org', name: 'Short', delegationCode: 'KEN' });
    expect(await rejection(acceptInvitation(database.db, invitation.token, 'short'))).toMatchObject({ code: 'invalid-input' });
    expect(await rejection(acceptInvitation(database.db, 'not-a-real-token', password))).toMatchObject({ code: 'not-found' });
    expect(await database.db.user.count({ where: { email: 'short@example.org' } })).toBe(0);
  });

  it('a delegate cannot invite to their negotiation; a non-member is told it does not exist', async () => {
    const request = {
      email: 'x@example.org',
      name: 'X',
      delegationCode: 'KEN',
      negotiationId: testNegotiationId,
      role: 'delegate' as const,
    };
    expect(await rejection(createInvitation(database.db, delegate, request))).toMatchObject({ code: 'forbidden' });
    const outsider = (await findUser(
      database.db,
      (
        await database.db.user.findUniqueOrThrow({ where: { email: 'once@example.org' } })
      ).id,
    ))!;
    expect(await rejection(createInvitation(database.db, outsider, request))).toMatchObject({ code: 'not-found' });
    expect(await rejection(createInvitation(database.db, delegate, { ...request, negotiationId: undefined }))).toMatchObject({
      code: 'forbidden',
    });
    expect(await database.db.invitation.count({ where: { email: 'x@example.org' } })).toBe(0);
  });

  it('an account an administrator made is set up through its invitation; a reset clears the password and kills old links', async () => {
    const { id } = await createUser(database.db, admin, {
      email: 'new.admin@example.org',
      name: 'New Admin',
      delegationCode: 'FRA',
      isAdmin: true,
    });
    const first = await createInvitation(database.db, admin, { email: 'new.admin@example.org', name: 'New Admin', delegationCode: 'FRA' });
    await acceptInvitation(database.db, first.token, password);
    expect(await verifyCredentials(database.db, 'new.admin@example.org', password)).toBe(id);
    expect((await findUser(database.db, id))?.isAdmin).toBe(true);

    const reset = await resetUserAccess(database.db, admin, id);
    expect(await verifyCredentials(database.db, 'new.admin@example.org', password)).toBeNull();
    const row = await database.db.user.findUniqueOrThrow({ where: { id } });
    expect(row.passwordHash).toBeNull();
    await acceptInvitation(database.db, reset.token, 'the new passphrase, long');
    expect(
      await bcrypt.compare('the new passphrase, long', (await database.db.user.findUniqueOrThrow({ where: { id } })).passwordHash!),
    ).toBe(true);
    expect(await rejection(resetUserAccess(database.db, delegate, id))).toMatchObject({ code: 'forbidden' });
  });

  it("a facilitator cannot obtain a link for an account an administrator made (it may be an administrator's)", async () => {
    await createUser(database.db, admin, { email: 'future.admin@example.org', name: 'Future', delegationCode: 'FRA', isAdmin: true });
    expect(
      await rejection(
        createInvitation(database.db, facilitator, {
          email: 'future.admin@example.org',
          name: 'Future',
          delegationCode: 'FRA',
          negotiationId: testNegotiationId,
          role: 'delegate',
        }),
      ),
    ).toMatchObject({ code: 'conflict', message: expect.stringContaining('add them to the roster') });
    expect(await database.db.invitation.count({ where: { email: 'future.admin@example.org' } })).toBe(0);
  });

  it('a link issued before an account was made never sets that account up', async () => {
    const early = await createInvitation(database.db, facilitator, {
      email: 'made.later@example.org',
      name: 'Later',
      delegationCode: 'FRA',
      negotiationId: testNegotiationId,
      role: 'delegate',
    });
    const { id } = await createUser(database.db, admin, {
      email: 'made.later@example.org',
      name: 'Later',
      delegationCode: 'FRA',
      isAdmin: true,
    });
    expect(await rejection(acceptInvitation(database.db, early.token, password))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already has an account'),
    });
    expect((await database.db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBeNull();
  });

  it('a reset makes earlier unused links of that person stop working', async () => {
    const { id } = await createUser(database.db, admin, { email: 'pending@example.org', name: 'Pending', delegationCode: 'FRA' });
    const earlier = await createInvitation(database.db, admin, { email: 'pending@example.org', name: 'Pending', delegationCode: 'FRA' });
    const reset = await resetUserAccess(database.db, admin, id);
    expect(await rejection(acceptInvitation(database.db, earlier.token, password))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('expired'),
    });
    await acceptInvitation(database.db, reset.token, password);
    expect(await verifyCredentials(database.db, 'pending@example.org', password)).toBe(id);
  });
});

describe('refusals in the reader’s language', () => {
  it('names each reason: French for a French reader, the server’s own sentence in English', async () => {
    const badAddress = await catchRefusal(
      createInvitation(database.db, admin, { email: 'nowhere', name: 'Nowhere', delegationCode: 'KEN' }),
    );
    const resetInstead = await catchRefusal(
      createInvitation(database.db, admin, { email: 'delegate@example.org', name: 'Again', delegationCode: 'FRA' }),
    );
    const rosterInstead = await catchRefusal(
      createInvitation(database.db, facilitator, {
        email: 'delegate@example.org',
        name: 'Again',
        delegationCode: 'FRA',
        negotiationId: testNegotiationId,
        role: 'delegate',
      }),
    );
    const invitation = await createInvitation(database.db, admin, { email: 'brief@example.org', name: 'Brief', delegationCode: 'KEN' });
    const shortPassword = await catchRefusal(acceptInvitation(database.db, invitation.token, 'short'));
    const blankPassword = await catchRefusal(acceptInvitation(database.db, invitation.token, ' '.repeat(20)));

    const refusals = [badAddress, resetInstead, rosterInstead, shortPassword, blankPassword];
    for (const refusal of refusals) expect(sayRefusal(refusal, 'en')).toBe((refusal as Error).message);
    expect(refusals.map((refusal) => sayRefusal(refusal, 'fr'))).toEqual([
      '« nowhere » n’est pas une adresse électronique.',
      'delegate@example.org a déjà un compte : réinitialisez plutôt son accès.',
      'delegate@example.org a déjà un compte : ajoutez plutôt cette personne à la liste des participants.',
      'Utilisez au moins 12 caractères.',
      'Le mot de passe ne peut pas être composé uniquement d’espaces.',
    ]);
  });
});
