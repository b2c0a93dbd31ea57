export interface PostgresCluster {
  /** Superuser URL of the cluster's `postgres` database. */
  readonly url: string;
  readonly dataDir: string;
  /** Stops the server and deletes its folder. */
  stop(): void;
}

export function startPostgresCluster(options?: { log?: (message: string) => void }): Promise<PostgresCluster>;
