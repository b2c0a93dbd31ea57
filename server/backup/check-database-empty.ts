import type { DatabaseTarget } from '@/server/db/database-url';
import { describeDatabase } from '@/server/db/describe-database';
import { checkPostgresDatabaseEmpty } from './check-postgres-database-empty';
import { checkSqliteFileEmpty } from './check-sqlite-file-empty';

/** Refuses (AppError 'conflict') a restore target any table of which holds a row, before anything touches it. */
export async function checkDatabaseEmpty(target: DatabaseTarget): Promise<void> {
  if (target.provider === 'sqlite') checkSqliteFileEmpty(target.file);
  else await checkPostgresDatabaseEmpty(target.url, describeDatabase(target));
}
