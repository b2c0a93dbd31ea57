import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabaseLocation } from '@/test-support/test-database';
import { readConfig } from '@/server/config/read-config';
import { createPrismaClient } from './client';
import { migrateDatabase } from './migrate';
import { noSchemaFilter, openSchemaEngine, readMigrationList } from './schema-engine';

const location = createTestDatabaseLocation();
afterAll(() => location.remove());

const visitsMigration = '20261126231154_visits_replace_last_visit';

/** A database just before last visits moved into Visit rows. */
async function migrateUpToVisits(): Promise<void> {
  const { target } = location;
  if (target.provider === 'postgresql') {
    const admin = new pg.Client({ connectionString: readConfig().testPostgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${decodeURIComponent(new URL(target.url).pathname.slice(1))}"`).finally(() => admin.end());
  }
  const list = readMigrationList(target.provider);
  const before = {
    ...list,
    migrationDirectories: list.migrationDirectories.filter((entry) => path.basename(entry.path) < visitsMigration),
  };
  const { engine, close } = await openSchemaEngine(target);
  try {
    await engine.applyMigrations({ migrationsList: before, filters: noSchemaFilter });
  } finally {
    await close();
  }
}

describe('the migration that moves last visits into Visit rows', () => {
  it('copies each member’s last visit into a negotiation Visit row and keeps a row already there', async () => {
    await migrateUpToVisits();
    const seen = new Date('2026-11-20T10:11:12.345Z');
    const newer = new Date('2026-11-25T08:00:00.000Z');
    const old = createPrismaClient(location.target);
    try {
      await old.$executeRaw`INSERT INTO "Delegation" ("id", "code", "name", "colour") VALUES ('d-fra', 'FRA', 'France', '#222222')`;
      for (const id of ['u-a', 'u-b', 'u-c'])
        await old.$executeRaw`INSERT INTO "User" ("id", "email", "name", "passwordHash", "delegationId") VALUES (${id}, ${`${id}@example.org`}, ${id}, 'x', 'd-fra')`;
      await old.$executeRaw`INSERT INTO "Negotiation" ("id", "title", "status", "updatedAt") VALUES ('n-1', 'N', 'open', ${seen})`;
      await old.$executeRaw`INSERT INTO "NegotiationMember" ("negotiationId", "userId", "role", "lastVisitAt") VALUES ('n-1', 'u-a', 'delegate', ${seen}), ('n-1', 'u-b', 'delegate', NULL), ('n-1', 'u-c', 'delegate', ${seen})`;
      await old.$executeRaw`INSERT INTO "Visit" ("userId", "negotiationId", "draftId", "visitedAt") VALUES ('u-c', 'n-1', '', ${newer})`;
    } finally {
      await old.$disconnect();
    }

    expect(await migrateDatabase(location.target)).toContain(visitsMigration);
    const db = createPrismaClient(location.target);
    try {
      const visits = await db.visit.findMany({ orderBy: { userId: 'asc' } });
      expect(visits.map((visit) => [visit.userId, visit.negotiationId, visit.draftId, visit.visitedAt.toISOString()])).toEqual([
        ['u-a', 'n-1', '', seen.toISOString()],
        ['u-c', 'n-1', '', newer.toISOString()],
      ]);
      expect(await db.negotiationMember.count()).toBe(3);
    } finally {
      await db.$disconnect();
    }
  });
});
