import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/generated/prisma/client';
import { resolveSqliteFile } from './database-url';

export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { zeroDraftPrisma?: PrismaClient };

export function createPrismaClient(file = resolveSqliteFile()): PrismaClient {
  // The web app, the realtime server and the CLI share one file: wait on locks instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

/** One client per process (Next.js reloads modules in development). */
export function getDb(): PrismaClient {
  globalForPrisma.zeroDraftPrisma ??= createPrismaClient();
  return globalForPrisma.zeroDraftPrisma;
}
