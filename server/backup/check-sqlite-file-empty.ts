import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '@/server/errors/app-error';

/**
 * Before a restore migrates a SQLite file, makes sure no table in it holds a row (whatever its schema), so a
 * restore aimed at the wrong file changes nothing, not even its migrations.
 */
export function checkSqliteFileEmpty(file: string): void {
  if (!existsSync(file)) return;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'")
      .all() as { name: string }[];
    for (const { name } of tables) {
      const row = db.prepare(`SELECT 1 FROM "${name.replaceAll('"', '""')}" LIMIT 1`).get();
      if (row) {
        throw new AppError(
          'conflict',
          `The database ${file} already holds data (table ${name}); restore only into an empty database. Nothing was changed.`,
        );
      }
    }
  } finally {
    db.close();
  }
}
