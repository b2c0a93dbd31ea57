import type { SnapshotClient, SnapshotReader } from './snapshot';

/** The one thing this needs of a Prisma client: interactive transactions with an isolation level. */
interface TransactionalClient {
  $transaction<T>(
    run: (tx: SnapshotClient & { $executeRawUnsafe(query: string): Promise<number> }) => Promise<T>,
    options: { isolationLevel: 'RepeatableRead'; timeout: number; maxWait: number },
  ): Promise<T>;
}

/**
 * A PostgreSQL snapshot: one REPEATABLE READ, READ ONLY transaction sees a single committed state for every query
 * in it, while the app goes on writing. Takes any Prisma client over PostgreSQL (the SQLite client's types offer
 * only Serializable, hence the structural type).
 */
export function readPostgresSnapshot(db: unknown): SnapshotReader {
  return {
    provider: 'postgresql',
    read(read) {
      return (db as TransactionalClient).$transaction(
        async (tx) => {
          // Allowed only before the transaction's first query; it makes the snapshot's promise explicit.
          await tx.$executeRawUnsafe('SET TRANSACTION READ ONLY');
          return read(tx);
        },
        // A large database takes a while; Prisma's 5-second default would abort it.
        { isolationLevel: 'RepeatableRead', timeout: 24 * 60 * 60 * 1000, maxWait: 60_000 },
      );
    },
  };
}
