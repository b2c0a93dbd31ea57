export interface PostgresCluster {
  /** Superuser URL of the cluster's `postgres` database. */
  readonly url: string;
  readonly dataDir: string;
  /** Stops the server and deletes its folder. */
  stop(): void;
}

/** `durable`: keep fsync, synchronous commit and full-page writes (off by default: a throwaway test cluster). */
export function startPostgresCluster(options?: { log?: (message: string) => void; durable?: boolean }): Promise<PostgresCluster>;
