import type { DatabaseTarget } from './database-url';

/** Where the data lives, fit for a log: the SQLite file, or the PostgreSQL address without its password. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.provider === 'sqlite') return target.file;
  const parsed = new URL(target.url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
