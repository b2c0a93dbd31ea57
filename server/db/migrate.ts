import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type DatabaseTarget, resolveDatabase } from './database-url';
import { noSchemaFilter, openSchemaEngine, readMigrationList } from './schema-engine';

export class DatabaseFileError extends Error {}

/** Refuses to touch a file that is not a SQLite database rather than overwrite it. */
function checkDatabaseFile(file: string): void {
  if (!existsSync(file)) return;
  try {
    const db = new Database(file, { fileMustExist: true });
    try {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new Error(String(result));
    } finally {
      db.close();
    }
  } catch (error) {
    throw new DatabaseFileError(
      `The database file ${file} is damaged or is not a SQLite database (${(error as Error).message}). ` +
        'Nothing was changed. Restore it from a backup, or move it aside to start with a fresh database.',
    );
  }
}

async function applyMigrations(target: DatabaseTarget): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(target);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationList(target.provider),
      filters: noSchemaFilter,
    });
    return appliedMigrationNames.map((name) => path.basename(name));
  } finally {
    await close();
  }
}

async function migrateSqlite(file: string): Promise<string[]> {
  mkdirSync(path.dirname(file), { recursive: true });
  checkDatabaseFile(file);
  // WAL lets the web app, the realtime server and the CLI read while one of them writes.
  const setup = new Database(file);
  setup.pragma('journal_mode = WAL');
  setup.close();
  return applyMigrations({ provider: 'sqlite', file });
}

/** Any fixed number shared by every Zero Draft process: PostgreSQL advisory locks are named by integers. */
const migrationLockKey = 7_206_114_223;

/** Connects to the database, creating it first (through the server's `postgres` database) when it does not exist. */
async function connectCreatingDatabase(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code !== '3D000') throw error;
  }
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  parsed.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: parsed.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } catch (error) {
    // Another process created it first.
    const code = (error as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw error;
  } finally {
    await admin.end();
  }
  const created = new pg.Client({ connectionString: url });
  await created.connect();
  return created;
}

/**
 * The web app, the realtime server and `cli setup` may start together: an advisory lock held for the whole run makes
 * the second wait, then find nothing left to apply.
 */
async function migratePostgresql(url: string): Promise<string[]> {
  const lock = await connectCreatingDatabase(url);
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    try {
      return await applyMigrations({ provider: 'postgresql', url });
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
    }
  } finally {
    await lock.end();
  }
}

/**
 * Creates the database if needed and applies every migration of its provider (prisma/migrations for SQLite,
 * prisma/postgresql/migrations for PostgreSQL). Idempotent.
 */
export async function migrateDatabase(target: DatabaseTarget = resolveDatabase()): Promise<string[]> {
  return target.provider === 'sqlite' ? migrateSqlite(target.file) : migratePostgresql(target.url);
}
