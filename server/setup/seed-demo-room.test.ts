import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { demoUsers } from './demo-room';
import { seedDemoRoom } from './seed-demo-room';

let dir: string;
let db: PrismaClient;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-seed-'));
  const file = path.join(dir, 'test.db');
  await migrateDatabase(file);
  db = createPrismaClient(file);
});

afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('seedDemoRoom', () => {
  it('seeds every account or none, so a failed first seed is completed by the next one', async () => {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_user BEFORE INSERT ON "User" WHEN NEW.email = 'usa@zerodraft.test' BEGIN SELECT RAISE(ABORT, 'injected'); END`,
    );
    try {
      await expect(seedDemoRoom(db)).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER fail_user');
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
