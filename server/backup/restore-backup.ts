import type { BackupHeader } from '@/lib/backup/backup-format';
import type { DataModel } from '@/lib/backup/data-model';
import { describeTables, findSchemaMismatch } from '@/lib/backup/describe-tables';
import type { Db } from '@/server/db/client';
import type { DatabaseTarget } from '@/server/db/database-url';
import { AppError } from '@/server/errors/app-error';
import { readBackupFile } from './read-backup-file';
import { resetPostgresSequences } from './reset-postgres-sequences';
import { modelDelegate } from './snapshot';

interface ModelWriter {
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
  count(): Promise<number>;
}

export interface RestoreSummary {
  header: BackupHeader;
  rows: Record<string, number>;
}

const batchSize = 500;

/**
 * Restores a backup into an empty database. The whole file is read and checked first; `prepare` (migrating the
 * target) runs only then; every row goes in within one transaction, in the file's foreign-key order, in batches,
 * and the transaction first makes sure the database holds no row. Any fault rolls everything back. The backup may
 * come from either engine: rows are written through Prisma, which encodes them for `provider`, the engine of `db`.
 */
export async function restoreBackup(options: {
  db: Db;
  provider: DatabaseTarget['provider'];
  file: string;
  dataModel: DataModel;
  prepare?: (header: BackupHeader) => Promise<void>;
  onProgress?: (table: string, rows: number) => void;
}): Promise<RestoreSummary> {
  const { db, provider, file, dataModel, prepare, onProgress } = options;
  const target = describeTables(dataModel);
  const header = await verifyBackup(file, target, provider);
  await prepare?.(header);
  const rows: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      for (const table of target) {
        if ((await modelDelegate<ModelWriter>(tx, table.name).count()) > 0) {
          throw new AppError(
            'conflict',
            `The database already holds data (table ${table.name}); restore only into an empty database. Nothing was changed.`,
          );
        }
      }
      let batch: Record<string, unknown>[] = [];
      let current = '';
      const flush = async () => {
        if (!batch.length) return;
        await modelDelegate<ModelWriter>(tx, current).createMany({ data: batch });
        rows[current] = (rows[current] ?? 0) + batch.length;
        batch = [];
      };
      for await (const line of readBackupFile(file)) {
        if (line.kind !== 'row') continue;
        if (line.table !== current) {
          await flush();
          if (current) onProgress?.(current, rows[current] ?? 0);
          current = line.table;
        }
        batch.push(line.row);
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      if (current) onProgress?.(current, rows[current] ?? 0);
      if (provider === 'postgresql') await resetPostgresSequences(tx, dataModel);
    },
    { timeout: 24 * 60 * 60 * 1000, maxWait: 60_000 },
  );
  return { header, rows };
}

async function verifyBackup(
  file: string,
  target: ReturnType<typeof describeTables>,
  provider: DatabaseTarget['provider'],
): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  for await (const line of readBackupFile(file)) {
    if (line.kind === 'header') {
      header = line.header;
      const mismatch = findSchemaMismatch(header.tables, target);
      if (mismatch) throw new AppError('invalid-input', `${mismatch} Nothing was changed.`);
    } else if (provider === 'postgresql') {
      // SQLite keeps NUL characters in text; PostgreSQL refuses them, and only with an opaque error mid-restore.
      const column = Object.keys(line.row).find((name) => typeof line.row[name] === 'string' && (line.row[name] as string).includes('\0'));
      if (column) {
        throw new AppError(
          'invalid-input',
          `A row of ${line.table} holds a NUL character in ${column}, which PostgreSQL cannot store; restore this backup into SQLite, or remove the character there first. Nothing was changed.`,
        );
      }
    }
  }
  if (!header) throw new AppError('invalid-input', `${file} holds no backup header. Nothing was changed.`);
  return header;
}
