import path from 'node:path';
import { readConfig } from '@/server/config/read-config';

export class UnsupportedDatabaseError extends Error {}

/** Where the data lives: the embedded SQLite file, or a PostgreSQL database. */
export type DatabaseTarget = { provider: 'sqlite'; file: string } | { provider: 'postgresql'; url: string };

/**
 * The embedded default is a SQLite file in the data folder. `DATABASE_URL`
 * may point elsewhere: `file:/abs/path.db` or `file:relative.db` (SQLite), or
 * `postgresql://user:password@host:5432/database` (PostgreSQL).
 */
export function resolveDatabase(url: string | undefined = readConfig().databaseUrl): DatabaseTarget {
  if (!url) return { provider: 'sqlite', file: path.join(readConfig().dataDir, 'zero-draft.db') };
  if (url.startsWith('file:')) {
    return { provider: 'sqlite', file: path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice('file:'.length)) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  throw new UnsupportedDatabaseError(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.split(':')[0]}:…".`,
  );
}
