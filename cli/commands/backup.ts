import { parseArgs } from 'node:util';
import { checkSqliteFileEmpty } from '@/server/backup/check-sqlite-file-empty';
import { readSqliteSnapshot } from '@/server/backup/read-sqlite-snapshot';
import { restoreBackup } from '@/server/backup/restore-backup';
import { writeBackup } from '@/server/backup/write-backup';
import { createPrismaClient } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/database-url';
import { migrateDatabase } from '@/server/db/migrate';
import { readDataModel } from '@/server/db/read-data-model';
import { AppError } from '@/server/errors/app-error';
import { log, printResult, UsageError } from '../output';

function resolveSqliteFile(): string {
  const target = resolveDatabase();
  if (target.provider !== 'sqlite') throw new AppError('invalid-input', 'backup and restore support only SQLite so far.');
  return target.file;
}

/** `backup --out FILE`: a consistent copy of the whole database while the app runs (site operators only). */
export async function runBackup(args: string[], json: boolean): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: false });
  if (!values.out) throw new UsageError('Usage: npm run -s cli -- backup --out <file>');
  const file = resolveSqliteFile();
  log(`Backing up ${file} to ${values.out}`);
  const summary = await writeBackup({
    out: values.out,
    snapshot: readSqliteSnapshot(file),
    dataModel: readDataModel(),
    onProgress: ({ table, rows, done }) => log(`  ${table}: ${rows} rows${done ? '' : ' …'}`),
  });
  const total = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
  printResult(summary, json, () => `Backup written to ${summary.file}: ${total} rows in ${Object.keys(summary.rows).length} tables.`);
}

/** `restore FILE`: brings a backup back into an empty database (migrated first); refuses one that holds data. */
export async function runRestore(args: string[], json: boolean): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [input] = positionals;
  if (!input || positionals.length > 1) throw new UsageError('Usage: npm run -s cli -- restore <file>');
  const file = resolveSqliteFile();
  const db = createPrismaClient({ provider: 'sqlite', file });
  try {
    log(`Checking ${input}`);
    const summary = await restoreBackup({
      db,
      file: input,
      dataModel: readDataModel(),
      async prepare(header) {
        log(`Backup of ${header.createdAt} from ${header.sourceProvider} (${header.migrations.length} migrations); restoring into ${file}`);
        checkSqliteFileEmpty(file);
        const applied = await migrateDatabase({ provider: 'sqlite', file });
        if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
      },
      onProgress: (table, rows) => log(`  ${table}: ${rows} rows`),
    });
    const total = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    printResult({ database: file, rows: summary.rows }, json, () => `Restored ${total} rows into ${file}.`);
  } finally {
    await db.$disconnect();
  }
}
