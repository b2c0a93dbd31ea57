import path from 'node:path';

/** Folder for the embedded database and the session secret; git-ignored. */
export function resolveDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.ZERO_DRAFT_DATA_DIR ?? path.join(process.cwd(), 'data'));
}

export class UnsupportedDatabaseError extends Error {}

/**
 * The embedded default is a SQLite file in the data folder. `DATABASE_URL`
 * may point elsewhere (`file:/abs/path.db` or `file:relative.db`).
 */
export function resolveSqliteFile(): string {
  const url = process.env.DATABASE_URL;
  if (!url) return path.join(resolveDataDir(), 'zero-draft.db');
  if (url.startsWith('file:')) return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice('file:'.length));
  if (/^postgres(ql)?:/.test(url)) {
    throw new UnsupportedDatabaseError(
      'DATABASE_URL points to PostgreSQL, which this build does not enable yet. Unset DATABASE_URL to use the embedded SQLite database, or set it to file:<path>.db.',
    );
  }
  throw new UnsupportedDatabaseError(`DATABASE_URL must start with "file:" (SQLite); got "${url.split(':')[0]}:…".`);
}
