import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDatabase, UnsupportedDatabaseError } from './database-url';

describe('resolveDatabase', () => {
  it('reads file: as a SQLite file, relative to the working folder', () => {
    expect(resolveDatabase('file:data/x.db')).toEqual({ provider: 'sqlite', file: path.resolve('data/x.db') });
    expect(resolveDatabase('file:/tmp/y.db')).toEqual({ provider: 'sqlite', file: '/tmp/y.db' });
  });

  it('reads postgresql:// and postgres:// as PostgreSQL, keeping the URL as given', () => {
    const url = 'postgresql://zd:secret@db.example.org:5432/zerodraft?sslmode=require';
    expect(resolveDatabase(url)).toEqual({ provider: 'postgresql', url });
    expect(resolveDatabase('postgres://localhost/zd')).toEqual({ provider: 'postgresql', url: 'postgres://localhost/zd' });
  });

  it('refuses other schemes, naming the two it accepts', () => {
    expect(() => resolveDatabase('mysql://localhost/zd')).toThrow(UnsupportedDatabaseError);
    expect(() => resolveDatabase('mysql://localhost/zd')).toThrow(/"file:" \(SQLite\) or "postgresql:\/\/" \(PostgreSQL\).*"mysql:…"/);
  });
});
