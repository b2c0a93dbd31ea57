import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import type { DatabaseTarget } from './database-url';

export type DatabaseProvider = DatabaseTarget['provider'];

let wasmReady = false;

/**
 * Node cannot import the engine's .wasm as a module, so the bindings are wired
 * to an instance we compile ourselves. Done once per process.
 */
function instantiateEngineWasm(): void {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, {
    './schema_engine_bg.js': engineBindings as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as Record<string, unknown> & { __wbindgen_start?: () => void };
  (engineBindings as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
  wasmReady = true;
}

/** The source schema for SQLite; for PostgreSQL, the copy scripts/prisma-generate.mjs writes from it. */
export function readSchemaFile(provider: DatabaseProvider = 'sqlite'): { path: string; content: string } {
  const schemaPath =
    provider === 'sqlite'
      ? path.resolve(process.cwd(), 'prisma', 'schema.prisma')
      : path.resolve(process.cwd(), 'generated', 'schema-postgresql.prisma');
  if (!existsSync(schemaPath)) throw new Error(`${schemaPath} is missing: run npm run db:generate.`);
  return { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
}

/** Each provider keeps its own migrations: SQLite's in prisma/migrations, PostgreSQL's in prisma/postgresql/migrations. */
export function migrationsDir(provider: DatabaseProvider = 'sqlite'): string {
  return provider === 'sqlite'
    ? path.resolve(process.cwd(), 'prisma', 'migrations')
    : path.resolve(process.cwd(), 'prisma', 'postgresql', 'migrations');
}

export interface OpenedSchemaEngine {
  engine: SchemaEngine;
  /** The engine keeps its connections (and their locks) open; this releases them. */
  close(): Promise<void>;
}

const pgCharType = 18;
const pgTextType = 25;

/**
 * The engine reads PostgreSQL's catalog, whose one-byte `"char"` columns (pg_class.relkind, …) the pg adapter does not
 * know; its driver already returns them as strings, so they are announced as text.
 */
function readCharAsText<T>(adapter: T): T {
  const pool = (adapter as { client?: { query?: unknown } }).client;
  if (!pool || typeof pool.query !== 'function' || !(pool instanceof pg.Pool)) return adapter;
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<{ fields?: { dataTypeID: number }[] }>;
  Object.assign(pool, {
    query: async (...args: unknown[]) => {
      const result = await query(...args);
      for (const field of result?.fields ?? []) if (field.dataTypeID === pgCharType) field.dataTypeID = pgTextType;
      return result;
    },
  });
  return adapter;
}

export async function openSchemaEngine(target: DatabaseTarget): Promise<OpenedSchemaEngine> {
  instantiateEngineWasm();
  const schema = readSchemaFile(target.provider);
  const base: SqlMigrationAwareDriverAdapterFactory =
    target.provider === 'sqlite'
      ? new PrismaBetterSqlite3({ url: `file:${target.file}`, timeout: 10_000 })
      : new PrismaPg({ connectionString: target.url });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked = Object.assign(Object.create(Object.getPrototypeOf(base)), base, {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      opened.push(adapter);
      return readCharAsText(adapter);
    },
    connectToShadowDb: async () => {
      const adapter = await base.connectToShadowDb();
      opened.push(adapter);
      return readCharAsText(adapter);
    },
  }) as SqlMigrationAwareDriverAdapterFactory;
  const factory = bindMigrationAwareSqlAdapterFactory(tracked);
  const Engine = (engineBindings as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  const engine = await Engine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, factory);
  return {
    engine,
    async close() {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}

export const noSchemaFilter = { externalTables: [], externalEnums: [] };

export function readMigrationList(provider: DatabaseProvider = 'sqlite'): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const names = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => {
      const file = path.join(baseDir, name, 'migration.sql');
      return {
        path: path.join(baseDir, name),
        migrationFile: {
          path: file,
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: 'missing migration.sql' },
        },
      };
    }),
  };
}
