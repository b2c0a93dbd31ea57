import { z } from 'zod';

/**
 * A backup is a gzip'd file of JSON lines, the same whatever database wrote or reads it:
 *   1. a header: format, version, when, which provider, the migrations applied at the source, and every table's
 *      columns with their Prisma types (in foreign-key order: a table comes after every table it refers to);
 *   2. one line per row: {"table": "Draft", "row": {…}}, tables in the header's order, values encoded by type
 *      (Bytes as base64, BigInt and Decimal as strings, DateTime as ISO 8601);
 *   3. a trailer with the number of rows per table, so a truncated file is never taken for a complete one.
 * Whether a backup fits a database is decided by its tables and columns, not by migration names: SQLite and
 * PostgreSQL keep migration histories of their own.
 */
export const backupFormat = 'zero-draft-backup';
export const backupVersion = 1;

export const columnTypes = ['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Bytes', 'Json'] as const;
export type ColumnType = (typeof columnTypes)[number];

const tableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(z.object({ name: z.string().min(1), type: z.enum(columnTypes), optional: z.boolean() })),
  primaryKey: z.array(z.string().min(1)).min(1),
  /** The tables this one's foreign keys point to. */
  references: z.array(z.string().min(1)),
});
export type BackupTable = z.infer<typeof tableSchema>;

export const backupHeaderSchema = z.object({
  format: z.literal(backupFormat),
  version: z.number().int().positive(),
  createdAt: z.string().datetime(),
  sourceProvider: z.string().min(1),
  migrations: z.array(z.string()),
  tables: z.array(tableSchema),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupRowLineSchema = z.object({ table: z.string().min(1), row: z.record(z.string(), z.unknown()) });
export const backupTrailerSchema = z.object({ end: z.object({ rows: z.record(z.string(), z.number().int().min(0)) }) });

export type BackupLine = { kind: 'header'; header: BackupHeader } | { kind: 'row'; table: string; row: Record<string, unknown> };
