import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createEmptyTestDatabase, type EmptyTestDatabase, failInserts } from '@/test-support/test-database';
import { demoUsers } from './demo-room';
import { seedDemoRoom } from './seed-demo-room';

let database: EmptyTestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createEmptyTestDatabase();
  db = database.db;
});

afterAll(async () => database.dispose());

describe('seedDemoRoom', () => {
  it('seeds every account or none, so a failed first seed is completed by the next one', async () => {
    const restore = await failInserts(database, 'User', { name: 'fail_user', when: `NEW.email = 'usa@zerodraft.test'` });
    try {
      await expect(seedDemoRoom(db)).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await db.user.count()).toBe(0);
    expect(await db.delegation.count()).toBe(0);
    expect(await seedDemoRoom(db)).toEqual({ created: demoUsers.length + 1 });
    expect(await db.user.count()).toBe(demoUsers.length + 1);
    expect(await db.negotiation.count()).toBe(2);
    expect(await db.negotiationMember.count({ where: { negotiationId: 'demo-confidential' } })).toBe(5);
    expect(await seedDemoRoom(db)).toEqual({ created: 0 });
  });
});
