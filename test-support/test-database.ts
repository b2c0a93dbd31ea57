import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { PrismaClient } from '@/generated/prisma/client';
import { parseConfig } from '@/server/config/read-config';
import { createPrismaClient } from '@/server/db/client';
import type { DatabaseTarget } from '@/server/db/database-url';
import { migrateDatabase } from '@/server/db/migrate';

/**
 * Read without readConfig's cache: tests may still change the environment (pointWebAppAtRealtimeServer) before the
 * code under test reads its configuration once.
 */
function readTestPostgresUrl(): string | undefined {
  return parseConfig(process.env).testPostgresUrl;
}

/**
 * Where a test's data goes. SQLite unless the tests run under scripts/with-postgres.mjs
 * (ZERO_DRAFT_TEST_POSTGRES_URL set): then every test database is a fresh PostgreSQL database on that server.
 */
export const testProvider: DatabaseTarget['provider'] = readTestPostgresUrl() ? 'postgresql' : 'sqlite';

export interface TestDatabaseLocation {
  target: DatabaseTarget;
  /** The same place as a DATABASE_URL, for child processes (the CLI, the kill tests). */
  url: string;
  /** Whether the database has been created (the file, or the PostgreSQL database). */
  exists(): Promise<boolean>;
  /** Deletes the database (file or PostgreSQL database); disconnect its clients first. */
  remove(): Promise<void>;
}

async function withServer<T>(run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: readTestPostgresUrl() });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

/**
 * A place for a throwaway database that does not exist yet: `migrateDatabase` (or `cli setup`) creates it.
 * SQLite: a file in a fresh temporary folder; PostgreSQL: a new database name on the test server. The engine is the
 * one under test unless `provider` names one (PostgreSQL only under scripts/with-postgres.mjs).
 */
export function createTestDatabaseLocation(provider: DatabaseTarget['provider'] = testProvider): TestDatabaseLocation {
  if (provider === 'postgresql') {
    const serverUrl = readTestPostgresUrl();
    if (!serverUrl) throw new Error('A PostgreSQL test database needs scripts/with-postgres.mjs (ZERO_DRAFT_TEST_POSTGRES_URL).');
    const name = `zd_test_${randomBytes(6).toString('hex')}`;
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      target: { provider: 'postgresql', url: url.toString() },
      url: url.toString(),
      exists: () =>
        withServer(async (admin) => ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0),
      remove: () => withServer(async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-test-'));
  const file = path.join(dir, 'test.db');
  return {
    target: { provider: 'sqlite', file },
    url: `file:${file}`,
    exists: async () => existsSync(file),
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface EmptyTestDatabase {
  db: PrismaClient;
  target: DatabaseTarget;
  url: string;
  dispose(): Promise<void>;
}

/** A migrated database with no rows, on the engine the tests run against (or on `provider`). */
export async function createEmptyTestDatabase(provider: DatabaseTarget['provider'] = testProvider): Promise<EmptyTestDatabase> {
  const location = createTestDatabaseLocation(provider);
  await migrateDatabase(location.target);
  const db = createPrismaClient(location.target);
  return {
    db,
    target: location.target,
    url: location.url,
    async dispose() {
      await db.$disconnect();
      await location.remove();
    },
  };
}

/**
 * Makes inserts into a table fail (where `when` holds, an SQL condition on NEW valid in both dialects, e.g.
 * `NEW.email = 'a@b'`) until the returned function removes the trigger. For tests that a service writes all or nothing.
 */
export async function failInserts(
  database: { db: PrismaClient; target: DatabaseTarget },
  table: string,
  options: { name: string; when?: string },
): Promise<() => Promise<void>> {
  const { db, target } = database;
  const { name, when } = options;
  if (target.provider === 'sqlite') {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}"${when ? ` WHEN ${when}` : ''} BEGIN SELECT RAISE(ABORT, 'injected by ${name}'); END`,
    );
    return async () => void (await db.$executeRawUnsafe(`DROP TRIGGER ${name}`));
  }
  await db.$executeRawUnsafe(
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected by ${name}'; END $$`,
  );
  await db.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW${when ? ` WHEN (${when})` : ''} EXECUTE FUNCTION ${name}()`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
    await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  };
}
