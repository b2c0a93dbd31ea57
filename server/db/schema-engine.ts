import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

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

export function readSchemaFile(): { path: string; content: string } {
  const schemaPath = path.resolve(process.cwd(), 'prisma', 'schema.prisma');
  return { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
}

export interface OpenedSchemaEngine {
  engine: SchemaEngine;
  /** The engine keeps its connections (and their locks) open; this releases them. */
  close(): Promise<void>;
}

export async function openSchemaEngine(sqliteFile: string): Promise<OpenedSchemaEngine> {
  instantiateEngineWasm();
  const schema = readSchemaFile();
  const base = new PrismaBetterSqlite3({ url: `file:${sqliteFile}`, timeout: 10_000 });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked = Object.assign(Object.create(Object.getPrototypeOf(base)), base, {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await base.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  }) as PrismaBetterSqlite3;
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

export function readMigrationList(): MigrationList {
  const baseDir = path.resolve(process.cwd(), 'prisma', 'migrations');
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
