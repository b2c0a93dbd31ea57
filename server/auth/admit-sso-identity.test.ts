import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signInErrorCodes } from '@/lib/auth/sign-in-errors';
import { createTestDatabase, testNegotiationId, type TestDatabase } from '@/test-support/realtime-server';
import { admitSsoIdentity } from './admit-sso-identity';
import { readOidcIdentity, type OidcIdentity } from './read-oidc-identity';

let database: TestDatabase;
let delegationId: string;
const now = new Date('2026-11-26T06:00:00Z');
const issuer = 'https://id.example.org';
const rules = { allowedDomains: ['allowed.example'], delegationCode: 'FRA' };

function identity(email: string, subject = `sub-${email}`): OidcIdentity {
  const reading = readOidcIdentity({ iss: issuer, sub: subject, email, email_verified: true, name: 'Ana Ruiz' });
  if (!reading.ok) throw new Error(reading.code);
  return reading.identity;
}

async function invite(email: string, extra: { expiresAt?: Date; usedAt?: Date; negotiationId?: string; role?: string } = {}) {
  return database.db.invitation.create({
    data: {
      tokenHash: `hash-${email}-${Math.random()}`,
      email,
      name: 'Invited Person',
      delegationId,
      invitedById: database.userId,
      expiresAt: extra.expiresAt ?? new Date(now.getTime() + 86_400_000),
      ...(extra.usedAt ? { usedAt: extra.usedAt } : {}),
      ...(extra.negotiationId ? { negotiationId: extra.negotiationId, role: extra.role ?? 'delegate' } : {}),
    },
  });
}

beforeEach(async () => {
  database = await createTestDatabase();
  delegationId = (await database.db.delegation.findUniqueOrThrow({ where: { code: 'FRA' } })).id;
});
afterEach(() => database.dispose());

describe('admitSsoIdentity', () => {
  it('creates an invited person as the invitation says, binds the identity and uses the invitation up', async () => {
    const invitation = await invite('new@elsewhere.example', { negotiationId: testNegotiationId, role: 'delegate' });
    const admitted = await admitSsoIdentity(database.db, identity('new@elsewhere.example'), rules, now);
    expect(admitted.ok).toBe(true);
    const userId = admitted.ok ? admitted.userId : '';
    const user = await database.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email: 'new@elsewhere.example', name: 'Invited Person', delegationId, passwordHash: null });
    expect(user).toMatchObject({ ssoIssuer: issuer, ssoSubject: 'sub-new@elsewhere.example' });
    const member = await database.db.negotiationMember.findUnique({
      where: { negotiationId_userId: { negotiationId: testNegotiationId, userId } },
    });
    expect(member?.role).toBe('delegate');
    expect((await database.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).usedAt).toEqual(now);
    const audit = await database.db.auditEvent.findFirst({ where: { action: 'invitation.accept', target: invitation.id } });
    expect(audit).toMatchObject({ actorId: userId, negotiationId: testNegotiationId, delegationCode: 'FRA' });
  });

  it('signs a bound identity in as its account again, without needing the invitation', async () => {
    await invite('new@elsewhere.example');
    const first = await admitSsoIdentity(database.db, identity('new@elsewhere.example'), rules, now);
    const again = await admitSsoIdentity(database.db, identity('new@elsewhere.example'), rules, now);
    expect(again).toEqual(first);
    expect(await database.db.user.count({ where: { email: 'new@elsewhere.example' } })).toBe(1);
  });

  it('finds a bound account by issuer and subject only, even when the e-mail at the issuer changed', async () => {
    await invite('new@elsewhere.example');
    const first = await admitSsoIdentity(database.db, identity('new@elsewhere.example', 'stable-sub'), rules, now);
    expect(await admitSsoIdentity(database.db, identity('renamed@elsewhere.example', 'stable-sub'), rules, now)).toEqual(first);
  });

  it('never links an identity to an existing password account that has the same e-mail, invited or not', async () => {
    await invite('f@example.org');
    expect(await admitSsoIdentity(database.db, identity('f@example.org'), rules, now)).toEqual({
      ok: false,
      code: signInErrorCodes.ssoAccountExists,
    });
    const user = await database.db.user.findUniqueOrThrow({ where: { id: database.userId } });
    expect(user.ssoSubject).toBeNull();
  });

  it('sets up an account an administrator made (or reset) through the invitation issued for it, and no other', async () => {
    const account = await database.db.user.create({
      data: { email: 'added@elsewhere.example', name: 'Added By Admin', delegationId, createdAt: new Date(now.getTime() - 60_000) },
    });
    // A facilitator's invitation to a negotiation never sets up an existing account.
    await invite('added@elsewhere.example', { negotiationId: testNegotiationId, role: 'delegate' });
    expect(await admitSsoIdentity(database.db, identity('added@elsewhere.example'), rules, now)).toEqual({
      ok: false,
      code: signInErrorCodes.ssoAccountExists,
    });
    const invitation = await invite('added@elsewhere.example');
    expect(await admitSsoIdentity(database.db, identity('added@elsewhere.example'), rules, now)).toEqual({ ok: true, userId: account.id });
    const user = await database.db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(user).toMatchObject({ ssoIssuer: issuer, ssoSubject: 'sub-added@elsewhere.example', passwordHash: null });
    expect((await database.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).usedAt).toEqual(now);
    // Bound now: another subject with the same address gets nothing.
    expect(await admitSsoIdentity(database.db, identity('added@elsewhere.example', 'intruder'), rules, now)).toEqual({
      ok: false,
      code: signInErrorCodes.ssoAccountExists,
    });
  });

  it('does not let another subject of the same issuer take a bound account by its e-mail', async () => {
    await invite('new@elsewhere.example');
    await admitSsoIdentity(database.db, identity('new@elsewhere.example', 'first'), rules, now);
    expect(await admitSsoIdentity(database.db, identity('new@elsewhere.example', 'second'), rules, now)).toEqual({
      ok: false,
      code: signInErrorCodes.ssoAccountExists,
    });
  });

  it('accepts an invitation once when two identities with its address race for it', async () => {
    await invite('new@elsewhere.example');
    const results = await Promise.all([
      admitSsoIdentity(database.db, identity('new@elsewhere.example', 'one'), rules, now),
      admitSsoIdentity(database.db, identity('new@elsewhere.example', 'two'), rules, now),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await database.db.user.count({ where: { email: 'new@elsewhere.example' } })).toBe(1);
  });

  it('refuses an address nobody invited, and expired or used invitations', async () => {
    await invite('late@elsewhere.example', { expiresAt: new Date(now.getTime() - 1) });
    await invite('used@elsewhere.example', { usedAt: new Date(now.getTime() - 1) });
    const accountsBefore = await database.db.user.count();
    for (const email of ['stranger@elsewhere.example', 'late@elsewhere.example', 'used@elsewhere.example']) {
      expect(await admitSsoIdentity(database.db, identity(email), rules, now)).toEqual({ ok: false, code: signInErrorCodes.ssoNotInvited });
    }
    expect(await database.db.user.count()).toBe(accountsBefore);
  });

  it('creates a person of an allowed domain in the configured delegation, on no roster', async () => {
    const admitted = await admitSsoIdentity(database.db, identity('ana@allowed.example'), rules, now);
    expect(admitted.ok).toBe(true);
    const user = await database.db.user.findUniqueOrThrow({ where: { email: 'ana@allowed.example' }, include: { memberships: true } });
    expect(user).toMatchObject({ name: 'Ana Ruiz', delegationId, ssoIssuer: issuer });
    expect(user.memberships).toEqual([]);
  });

  it('refuses an allowed domain clearly when no delegation is configured for it', async () => {
    expect(await admitSsoIdentity(database.db, identity('ana@allowed.example'), { allowedDomains: ['allowed.example'] }, now)).toEqual({
      ok: false,
      code: signInErrorCodes.ssoNoDelegation,
    });
  });

  it('refuses a deactivated account', async () => {
    await invite('new@elsewhere.example');
    const first = await admitSsoIdentity(database.db, identity('new@elsewhere.example'), rules, now);
    await database.db.user.update({ where: { id: first.ok ? first.userId : '' }, data: { active: false } });
    expect(await admitSsoIdentity(database.db, identity('new@elsewhere.example'), rules, now)).toEqual({
      ok: false,
      code: signInErrorCodes.ssoDeactivated,
    });
  });
});
