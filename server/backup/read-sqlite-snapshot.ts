import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createPrismaClient } from '@/server/db/client';
import type { SnapshotClient, SnapshotReader } from './snapshot';

/**
 * A SQLite snapshot: SQLite's online backup API copies the live file page by page into a temporary file (restarting
 * if another connection writes meanwhile, so the copy is one committed state), and the backup reads the copy through
 * Prisma while the app goes on writing to the original.
 */
export function readSqliteSnapshot(file: string): SnapshotReader {
  return {
    provider: 'sqlite',
    async read(read) {
      const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-snapshot-'));
      const copy = path.join(dir, 'snapshot.db');
      try {
        const source = new Database(file, { fileMustExist: true, readonly: true, timeout: 10_000 });
        try {
          // Everything in one step: a busy writer could otherwise restart a page-by-page copy again and again.
          await source.backup(copy, { progress: () => 1_000_000_000 });
        } finally {
          source.close();
        }
        const db = createPrismaClient({ provider: 'sqlite', file: copy });
        try {
          return await read(db as unknown as SnapshotClient);
        } finally {
          await db.$disconnect();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
