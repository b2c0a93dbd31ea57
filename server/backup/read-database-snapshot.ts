import { createPrismaClient } from '@/server/db/client';
import type { DatabaseTarget } from '@/server/db/database-url';
import { readPostgresSnapshot } from './read-postgres-snapshot';
import { readSqliteSnapshot } from './read-sqlite-snapshot';
import type { SnapshotReader } from './snapshot';

/**
 * The snapshot a backup of this database reads: SQLite's online backup of the file, or one REPEATABLE READ
 * transaction on PostgreSQL, over a connection of its own that closes with the snapshot.
 */
export function readDatabaseSnapshot(target: DatabaseTarget): SnapshotReader {
  if (target.provider === 'sqlite') return readSqliteSnapshot(target.file);
  return {
    provider: 'postgresql',
    async read(read) {
      const db = createPrismaClient(target);
      try {
        return await readPostgresSnapshot(db).read(read);
      } finally {
        await db.$disconnect();
      }
    },
  };
}
