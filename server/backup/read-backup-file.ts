import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import {
  type BackupHeader,
  type BackupLine,
  backupFormat,
  backupHeaderSchema,
  backupRowLineSchema,
  backupTrailerSchema,
  backupVersion,
} from '@/lib/backup/backup-format';
import { decodeValue } from '@/lib/backup/encode-value';
import { AppError } from '@/server/errors/app-error';

function refuse(file: string, why: string): AppError {
  return new AppError('invalid-input', `${file} is not a usable Zero Draft backup: ${why}. Nothing was changed.`);
}

/**
 * The header, then every row decoded to what Prisma writes, checking everything on the way: the gzip stream (a
 * truncated or damaged file fails its length or checksum), the header, each row against its table's columns, the
 * order of tables and the trailer's row counts. Throws AppError('invalid-input') at the first fault.
 */
export async function* readBackupFile(file: string): AsyncGenerator<BackupLine, Record<string, number>> {
  const gunzip = createGunzip();
  const input = createReadStream(file).on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Number.POSITIVE_INFINITY });
  let header: BackupHeader | undefined;
  let trailer: Record<string, number> | undefined;
  const rows: Record<string, number> = {};
  let tableIndex = 0;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (trailer) throw refuse(file, `something follows the end marker (line ${lineNumber})`);
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw refuse(file, `line ${lineNumber} is not JSON`);
      }
      if (!header) {
        header = readHeader(file, value);
        for (const table of header.tables) rows[table.name] = 0;
        yield { kind: 'header', header };
        continue;
      }
      const end = backupTrailerSchema.safeParse(value);
      if (end.success) {
        trailer = end.data.end.rows;
        continue;
      }
      const parsed = backupRowLineSchema.safeParse(value);
      if (!parsed.success) throw refuse(file, `line ${lineNumber} is neither a row nor the end marker`);
      const { table: name, row } = parsed.data;
      while (tableIndex < header.tables.length && header.tables[tableIndex].name !== name) tableIndex += 1;
      const table = header.tables[tableIndex];
      if (!table) throw refuse(file, `line ${lineNumber} belongs to table "${name}", which the header does not list in that place`);
      const decoded: Record<string, unknown> = {};
      for (const column of table.columns) {
        if (!(column.name in row)) throw refuse(file, `line ${lineNumber} (${name}) lacks ${column.name}`);
        try {
          decoded[column.name] = decodeValue(column.type, row[column.name]);
        } catch (error) {
          throw refuse(file, `line ${lineNumber} (${name}.${column.name}): ${(error as Error).message}`);
        }
      }
      const unknown = Object.keys(row).find((key) => !table.columns.some((column) => column.name === key));
      if (unknown) throw refuse(file, `line ${lineNumber} (${name}) has a column ${unknown} the header does not list`);
      rows[name] += 1;
      yield { kind: 'row', table: name, row: decoded };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(file, describeReadError(error as NodeJS.ErrnoException));
  }
  if (!header) throw refuse(file, 'it is empty');
  if (!trailer) throw refuse(file, 'it ends before its end marker (truncated?)');
  for (const [name, count] of Object.entries(rows)) {
    if (trailer[name] !== count) throw refuse(file, `the end marker counts ${trailer[name] ?? 0} rows of ${name}, the file holds ${count}`);
  }
  return rows;
}

function readHeader(file: string, value: unknown): BackupHeader {
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== backupFormat) throw refuse(file, 'its first line is not a Zero Draft backup header');
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > backupVersion) {
    throw refuse(file, `it is format version ${version}, made by a newer Zero Draft (this one reads up to ${backupVersion})`);
  }
  const parsed = backupHeaderSchema.safeParse(value);
  if (!parsed.success) throw refuse(file, `its header is malformed (${parsed.error.issues[0]?.path.join('.')})`);
  return parsed.data;
}

function describeReadError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'the file does not exist';
  if (error.code === 'Z_DATA_ERROR') return `it is not gzip data or is damaged (${error.message})`;
  if (error.code === 'Z_BUF_ERROR' || /unexpected end/i.test(error.message)) return 'it ends early (truncated)';
  return error.message;
}
