import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { PrismaClient as PostgresqlPrismaClient } from '@/generated/prisma-postgresql/client';
import { type DatabaseTarget, resolveDatabase } from './database-url';

export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { zeroDraftPrisma?: PrismaClient };

export interface PrismaClientOptions {
  /** How long an interactive transaction may stay open (Prisma's default is 5 s). */
  transactionTimeoutMs?: number;
}

/**
 * Both generated clients come from the one schema and have the same API, so
 * the PostgreSQL one is typed as the SQLite one and product code never knows
 * which it holds.
 */
export function createPrismaClient(target: DatabaseTarget = resolveDatabase(), options: PrismaClientOptions = {}): PrismaClient {
  const transactionOptions =
    options.transactionTimeoutMs === undefined ? {} : { transactionOptions: { timeout: options.transactionTimeoutMs } };
  if (target.provider === 'postgresql') {
    const adapter = new PrismaPg({ connectionString: target.url });
    return new PostgresqlPrismaClient({ adapter, ...transactionOptions }) as unknown as PrismaClient;
  }
  // The web app, the realtime server and the CLI share one file: wait on locks instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: `file:${target.file}`, timeout: 10_000 });
  return new PrismaClient({ adapter, ...transactionOptions });
}

/** One client per process (Next.js reloads modules in development). */
export function getDb(): PrismaClient {
  globalForPrisma.zeroDraftPrisma ??= createPrismaClient();
  return globalForPrisma.zeroDraftPrisma;
}
