import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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

/** Creates the database if needed and applies every migration under prisma/migrations. Idempotent. */
export async function migrateDatabase(file: string): Promise<string[]> {
  mkdirSync(path.dirname(file), { recursive: true });
  checkDatabaseFile(file);
  // WAL lets the web app, the realtime server and the CLI read while one of them writes.
  const setup = new Database(file);
  setup.pragma('journal_mode = WAL');
  setup.close();
  const { engine, close } = await openSchemaEngine(file);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationList(),
      filters: noSchemaFilter,
    });
    return appliedMigrationNames.map((name) => path.basename(name));
  } finally {
    await close();
  }
}
