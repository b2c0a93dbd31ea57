/** Reads rows of one model through Prisma, whatever the database. */
export interface ModelReader {
  findMany(args: {
    orderBy: Record<string, 'asc'>[];
    take: number;
    skip?: number;
    cursor?: Record<string, unknown>;
  }): Promise<Record<string, unknown>[]>;
}

/** What a backup reads from: one consistent state of the database, whatever happens to it meanwhile. */
export interface SnapshotReader {
  /** Written into the backup's header. */
  provider: string;
  /** Runs `read` against the snapshot; every query it makes sees the same state. */
  read<T>(read: (db: SnapshotClient) => Promise<T>): Promise<T>;
}

export interface SnapshotClient {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

/** A model's Prisma delegate (`db.draftUpdate` for DraftUpdate). */
export function modelDelegate<T>(db: object, model: string): T {
  const delegate = (db as Record<string, unknown>)[model.charAt(0).toLowerCase() + model.slice(1)];
  if (!delegate) throw new Error(`The Prisma client has no model ${model}; regenerate it (npm run -s db:generate).`);
  return delegate as T;
}
