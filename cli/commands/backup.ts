import { parseArgs } from 'node:util';
import { checkDatabaseEmpty } from '@/server/backup/check-database-empty';
import { readDatabaseSnapshot } from '@/server/backup/read-database-snapshot';
import { restoreBackup } from '@/server/backup/restore-backup';
import { writeBackup } from '@/server/backup/write-backup';
import { createPrismaClient } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/database-url';
import { describeDatabase } from '@/server/db/describe-database';
import { migrateDatabase } from '@/server/db/migrate';
import { readDataModel } from '@/server/db/read-data-model';
import { log, printResult, UsageError } from '../output';

/** `backup --out FILE`: a consistent copy of the whole database while the app runs (site operators only). */
export async function runBackup(args: string[], json: boolean): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: false });
  if (!values.out) throw new UsageError('Usage: npm run -s cli -- backup --out <file>');
  const target = resolveDatabase();
  log(`Backing up ${describeDatabase(target)} to ${values.out}`);
  const summary = await writeBackup({
    out: values.out,
    snapshot: readDatabaseSnapshot(target),
    dataModel: readDataModel(),
    onProgress: ({ table, rows, done }) => log(`  ${table}: ${rows} rows${done ? '' : ' …'}`),
  });
  const total = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
  printResult(summary, json, () => `Backup written to ${summary.file}: ${total} rows in ${Object.keys(summary.rows).length} tables.`);
}

/**
 * `restore FILE`: brings a backup (from SQLite or PostgreSQL) back into an empty database (migrated first); refuses
 * one that holds data.
 */
export async function runRestore(args: string[], json: boolean): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [input] = positionals;
  if (!input || positionals.length > 1) throw new UsageError('Usage: npm run -s cli -- restore <file>');
  const target = resolveDatabase();
  const database = describeDatabase(target);
  const db = createPrismaClient(target);
  try {
    log(`Checking ${input}`);
    const summary = await restoreBackup({
      db,
      provider: target.provider,
      file: input,
      dataModel: readDataModel(),
      async prepare(header) {
        log(
          `Backup of ${header.createdAt} from ${header.sourceProvider} (${header.migrations.length} migrations); restoring into ${database}`,
        );
        await checkDatabaseEmpty(target);
        const applied = await migrateDatabase(target);
        if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
      },
      onProgress: (table, rows) => log(`  ${table}: ${rows} rows`),
    });
    const total = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    printResult({ database, rows: summary.rows }, json, () => `Restored ${total} rows into ${database}.`);
  } finally {
    await db.$disconnect();
  }
}
