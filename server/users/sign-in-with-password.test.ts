import bcrypt from 'bcryptjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { readSignInDelay } from './read-sign-in-delay';
import { signInWithPassword } from './sign-in-with-password';

let database: TestDatabase;
let now: Date;
const clock = () => now;
const password = 'correct horse battery';

beforeEach(async () => {
  database = await createTestDatabase();
  now = new Date('2026-11-26T06:00:00Z');
  await database.db.user.update({ where: { id: database.userId }, data: { passwordHash: await bcrypt.hash(password, 10) } });
});
afterEach(() => database.dispose());

function attempt(email: string, pass: string, address = '203.0.113.7') {
  return signInWithPassword(database.db, { email, password: pass, address }, clock);
}

describe('signInWithPassword', () => {
  it('lets three mistakes pass, then makes the fourth cost a second, even with the right password', async () => {
    for (let i = 0; i < 4; i += 1) expect(await attempt('f@example.org', 'wrong')).toEqual({ outcome: 'wrong' });
    expect(await attempt('f@example.org', password)).toEqual({ outcome: 'wait', seconds: 1 });
    now = new Date(now.getTime() + 1000);
    expect(await attempt('f@example.org', password)).toEqual({ outcome: 'signed-in', userId: database.userId });
  });

  it('doubles the delay with each further failure, up to thirty seconds, and never locks the account', async () => {
    const waits: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      expect(await attempt('f@example.org', 'wrong', `198.51.100.${i}`)).toEqual({ outcome: 'wrong' });
      waits.push(await readSignInDelay(database.db, ['account:f@example.org'], now));
      now = new Date(now.getTime() + 60_000);
    }
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 30, 30]);
    expect(await attempt('f@example.org', password)).toMatchObject({ outcome: 'signed-in' });
  });

  it('starts again from zero after a success', async () => {
    for (let i = 0; i < 4; i += 1) await attempt('f@example.org', 'wrong');
    now = new Date(now.getTime() + 1000);
    expect(await attempt('f@example.org', password)).toMatchObject({ outcome: 'signed-in' });
    expect(await attempt('f@example.org', 'wrong')).toEqual({ outcome: 'wrong' });
    expect(await attempt('f@example.org', password)).toMatchObject({ outcome: 'signed-in' });
  });

  it('slows down one address guessing at many accounts, but not the same accounts from elsewhere', async () => {
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org']) await attempt(email, 'guess');
    expect(await attempt('f@example.org', password)).toEqual({ outcome: 'wait', seconds: 1 });
    expect(await attempt('f@example.org', password, '198.51.100.1')).toMatchObject({ outcome: 'signed-in' });
  });

  it('counts failures on addresses that have no account, so the delay does not reveal which exist', async () => {
    for (let i = 0; i < 4; i += 1) await attempt('nobody@example.org', 'guess', `198.51.100.${i}`);
    expect(await attempt('nobody@example.org', 'guess', '198.51.100.99')).toEqual({ outcome: 'wait', seconds: 1 });
  });

  it('refuses a deactivated account and one without a password like a wrong password', async () => {
    await database.db.user.update({ where: { id: database.userId }, data: { active: false } });
    expect(await attempt('f@example.org', password)).toEqual({ outcome: 'wrong' });
    await database.db.user.update({ where: { id: database.userId }, data: { active: true, passwordHash: null } });
    expect(await attempt('f@example.org', password)).toEqual({ outcome: 'wrong' });
  });

  it('strengthens a hash made with a lower cost once the right password is seen', async () => {
    await attempt('f@example.org', password);
    const { passwordHash } = await database.db.user.findUniqueOrThrow({ where: { id: database.userId } });
    expect(bcrypt.getRounds(passwordHash!)).toBe(12);
    expect(await attempt('f@example.org', password)).toMatchObject({ outcome: 'signed-in' });
  });
});
