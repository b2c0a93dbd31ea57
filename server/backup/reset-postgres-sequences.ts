import type { DataModel } from '@/lib/backup/data-model';
import { listAutoincrementColumns } from '@/lib/backup/list-autoincrement-columns';

interface RawClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * After rows went into PostgreSQL with their own ids, moves each autoincrement column's sequence past the largest
 * id, so the next row the app inserts does not collide with a restored one. (SQLite needs nothing: an explicit
 * id larger than its AUTOINCREMENT counter moves the counter.)
 */
export async function resetPostgresSequences(db: RawClient, dataModel: DataModel): Promise<void> {
  for (const { table, column } of listAutoincrementColumns(dataModel)) {
    await db.$queryRawUnsafe(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${quote(column)}), 0) + 1, false) FROM ${quote(table)}`,
      quote(table),
      column,
    );
  }
}
