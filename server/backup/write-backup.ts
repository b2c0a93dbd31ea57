import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type BackupHeader, type BackupTable, backupFormat, backupVersion } from '@/lib/backup/backup-format';
import type { DataModel } from '@/lib/backup/data-model';
import { describeTables } from '@/lib/backup/describe-tables';
import { encodeValue } from '@/lib/backup/encode-value';
import { AppError } from '@/server/errors/app-error';
import { type ModelReader, modelDelegate, type SnapshotClient, type SnapshotReader } from './snapshot';

export interface BackupProgress {
  table: string;
  rows: number;
  done: boolean;
}

export interface BackupSummary {
  file: string;
  provider: string;
  migrations: string[];
  rows: Record<string, number>;
}

const pageSize = 500;

/**
 * Writes every table of the schema, read from one snapshot, to `out` (see lib/backup/backup-format.ts). The file
 * appears under its name only once complete; an existing file is never overwritten.
 */
export async function writeBackup(options: {
  out: string;
  snapshot: SnapshotReader;
  dataModel: DataModel;
  onProgress?: (progress: BackupProgress) => void;
}): Promise<BackupSummary> {
  const { out, snapshot, dataModel, onProgress } = options;
  if (existsSync(out)) throw new AppError('conflict', `${out} already exists; choose another name (a backup never overwrites a file).`);
  const tables = describeTables(dataModel);
  const partial = `${out}.partial-${process.pid}`;
  const rows: Record<string, number> = {};
  try {
    const migrations = await snapshot.read(async (db) => {
      const applied = await readAppliedMigrations(db);
      const header: BackupHeader = {
        format: backupFormat,
        version: backupVersion,
        createdAt: new Date().toISOString(),
        sourceProvider: snapshot.provider,
        migrations: applied,
        tables,
      };
      async function* lines(): AsyncGenerator<string> {
        yield `${JSON.stringify(header)}\n`;
        for (const table of tables) {
          rows[table.name] = 0;
          for await (const row of readTable(db, table, dataModel)) {
            yield `${JSON.stringify({ table: table.name, row })}\n`;
            rows[table.name] += 1;
            if (rows[table.name] % 10_000 === 0) onProgress?.({ table: table.name, rows: rows[table.name], done: false });
          }
          onProgress?.({ table: table.name, rows: rows[table.name], done: true });
        }
        yield `${JSON.stringify({ end: { rows } })}\n`;
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial, { flags: 'wx' }));
      return applied;
    });
    renameSync(partial, out);
    return { file: out, provider: snapshot.provider, migrations, rows };
  } finally {
    rmSync(partial, { force: true });
  }
}

async function readAppliedMigrations(db: SnapshotClient): Promise<string[]> {
  const applied = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
  );
  // The schema engine records each migration by its folder's full path on the machine that applied it; the name is
  // what identifies it.
  return applied.map((row) => path.basename(row.migration_name)).sort();
}

/** A table's rows in primary-key order, a page at a time, encoded for the file. */
async function* readTable(db: SnapshotClient, table: BackupTable, dataModel: DataModel): AsyncGenerator<Record<string, unknown>> {
  const reader = modelDelegate<ModelReader>(db, table.name);
  const model = dataModel.models.find((candidate) => candidate.name === table.name);
  const cursorName = table.primaryKey.length === 1 ? table.primaryKey[0] : (model?.primaryKey?.name ?? table.primaryKey.join('_'));
  const orderBy = table.primaryKey.map((field) => ({ [field]: 'asc' as const }));
  let last: Record<string, unknown> | undefined;
  for (;;) {
    const page = await reader.findMany({
      orderBy,
      take: pageSize,
      ...(last ? { skip: 1, cursor: { [cursorName]: cursorOf(table, last) } } : {}),
    });
    for (const row of page) {
      const encoded: Record<string, unknown> = {};
      for (const column of table.columns) encoded[column.name] = encodeValue(column.type, row[column.name]);
      yield encoded;
    }
    if (page.length < pageSize) return;
    last = page[page.length - 1];
  }
}

function cursorOf(table: BackupTable, row: Record<string, unknown>): unknown {
  if (table.primaryKey.length === 1) return row[table.primaryKey[0]];
  return Object.fromEntries(table.primaryKey.map((field) => [field, row[field]]));
}
