import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase, testProvider } from '@/test-support/test-database';
import { createPrismaClient } from './client';
import { migrateDatabase } from './migrate';
import { noSchemaFilter, openSchemaEngine, readMigrationList } from './schema-engine';

const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database as it was before negotiations existed: roles were global. */
async function createDatabaseBeforeNegotiations(file: string): Promise<void> {
  const list = readMigrationList();
  const before = { ...list, migrationDirectories: list.migrationDirectories.filter((entry) => path.basename(entry.path) < '20261126') };
  const { engine, close } = await openSchemaEngine({ provider: 'sqlite', file });
  try {
    await engine.applyMigrations({ migrationsList: before, filters: noSchemaFilter });
  } finally {
    await close();
  }
  const db = new Database(file);
  try {
    db.exec(`
      INSERT INTO "Delegation" (id, code, name, colour, kind) VALUES ('d-chair', 'CHAIR', 'Facilitator', '#111111', 'chair'),
        ('d-fra', 'FRA', 'France', '#222222', 'state');
      INSERT INTO "User" (id, email, name, passwordHash, role, delegationId) VALUES
        ('u-chair', 'chair@example.org', 'Chair', 'hash', 'facilitator', 'd-chair'),
        ('u-fra', 'fra@example.org', 'Delegate', 'hash', 'delegate', 'd-fra'),
        ('u-obs', 'obs@example.org', 'Observer', 'hash', 'observer', 'd-fra');
      INSERT INTO "Draft" (id, title, body, chapeau, createdById, updatedAt) VALUES ('draft-1', 'Old draft', 'COP', 'The Conference,', 'u-chair', CURRENT_TIMESTAMP);
    `);
  } finally {
    db.close();
  }
}

describe('the negotiations migration', () => {
  // PostgreSQL support began after negotiations: its migrations start from a baseline that already has them.
  it.skipIf(testProvider !== 'sqlite')(
    'puts existing drafts and people in a Default negotiation, each with the role they had, and loses no one',
    async () => {
      const file = path.join(dir, 'old.db');
      await createDatabaseBeforeNegotiations(file);
      expect(await migrateDatabase({ provider: 'sqlite', file })).toEqual(
        expect.arrayContaining([expect.stringMatching(/_negotiations$/)]),
      );
      const db = createPrismaClient({ provider: 'sqlite', file });
      try {
        const negotiation = await db.negotiation.findUniqueOrThrow({ where: { id: 'default-negotiation' } });
        expect(negotiation).toMatchObject({ title: 'Default negotiation', isDefault: true, openToAll: false });
        const members = await db.negotiationMember.findMany({ where: { negotiationId: negotiation.id }, orderBy: { userId: 'asc' } });
        expect(members.map((member) => [member.userId, member.role])).toEqual([
          ['u-chair', 'facilitator'],
          ['u-fra', 'delegate'],
          ['u-obs', 'observer'],
        ]);
        expect((await db.draft.findUniqueOrThrow({ where: { id: 'draft-1' } })).negotiationId).toBe(negotiation.id);
        const delegations = await db.negotiationDelegation.findMany({ where: { negotiationId: negotiation.id } });
        expect(delegations.map((entry) => entry.delegationId).sort()).toEqual(['d-chair', 'd-fra']);
        expect(await db.user.count({ where: { active: true, isAdmin: false } })).toBe(3);
      } finally {
        await db.$disconnect();
      }
    },
  );

  it('gives a fresh database no negotiation until setup seeds one', async () => {
    const database = await createEmptyTestDatabase();
    try {
      expect(await database.db.negotiation.count()).toBe(0);
    } finally {
      await database.dispose();
    }
  });
});
