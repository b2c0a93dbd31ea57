import path from 'node:path';
import { readConfig } from '@/server/config/read-config';

export class UnsupportedDatabaseError extends Error {}

/**
 * The embedded default is a SQLite file in the data folder. `DATABASE_URL`
 * may point elsewhere (`file:/abs/path.db` or `file:relative.db`).
 */
export function resolveSqliteFile(): string {
  const { databaseUrl: url, dataDir } = readConfig();
  if (!url) return path.join(dataDir, 'zero-draft.db');
  if (url.startsWith('file:')) return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice('file:'.length));
  if (/^postgres(ql)?:/.test(url)) {
    throw new UnsupportedDatabaseError(
      'DATABASE_URL points to PostgreSQL, which this build does not enable yet. Unset DATABASE_URL to use the embedded SQLite database, or set it to file:<path>.db.',
    );
  }
  throw new UnsupportedDatabaseError(`DATABASE_URL must start with "file:" (SQLite); got "${url.split(':')[0]}:…".`);
}
