import pg from 'pg';
import { AppError } from '@/server/errors/app-error';

/**
 * Before a restore migrates a PostgreSQL database, makes sure no table of its schema holds a row (whatever those
 * tables are), so a restore aimed at the wrong database changes nothing, not even its migrations. A database that
 * does not exist yet is empty: migrating creates it.
 */
export async function checkPostgresDatabaseEmpty(url: string, described: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code === '3D000') return;
    throw error;
  }
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name",
    );
    for (const { name } of tables) {
      const { rowCount } = await client.query(`SELECT 1 FROM ${client.escapeIdentifier(name)} LIMIT 1`);
      if (rowCount) {
        throw new AppError(
          'conflict',
          `The database ${described} already holds data (table ${name}); restore only into an empty database. Nothing was changed.`,
        );
      }
    }
  } finally {
    await client.end();
  }
}
