import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTestDatabaseLocation, testProvider } from '@/test-support/test-database';
import { createPrismaClient } from './client';
import { migrateDatabase } from './migrate';
import { noSchemaFilter, openSchemaEngine, readMigrationList, readSchemaFile } from './schema-engine';

const run = promisify(execFile);
const allMigrations = readMigrationList(testProvider).migrationDirectories.map((entry) => path.basename(entry.path));

describe(`migrations on ${testProvider}`, () => {
  it('create the database, then find nothing more to apply', async () => {
    const location = createTestDatabaseLocation();
    try {
      expect(await migrateDatabase(location.target)).toEqual(allMigrations);
      expect(await migrateDatabase(location.target)).toEqual([]);
    } finally {
      await location.remove();
    }
  });

  it('apply each migration once when two processes migrate the same new database at once', async () => {
    const location = createTestDatabaseLocation();
    try {
      const migrate = () =>
        run(process.execPath, ['--import', 'tsx', 'test-support/run-migrate.ts', location.url], { cwd: process.cwd() }).then(
          ({ stdout }) => JSON.parse(stdout) as string[],
        );
      const [first, second] = await Promise.all([migrate(), migrate()]);
      expect([...first!, ...second!].sort()).toEqual(allMigrations);
      const db = createPrismaClient(location.target);
      try {
        expect(await db.user.count()).toBe(0);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await location.remove();
    }
  });

  it('build exactly the schema in prisma/schema.prisma (run npm run db:migration when this fails)', async () => {
    const location = createTestDatabaseLocation();
    try {
      await migrateDatabase(location.target);
      const { engine, close } = await openSchemaEngine(location.target);
      try {
        const schema = readSchemaFile(testProvider);
        const result = await engine.diff({
          from: { tag: 'schemaDatasource', files: [schema], configDir: process.cwd() },
          to: { tag: 'schemaDatamodel', files: [schema] },
          script: true,
          exitCode: null,
          filters: noSchemaFilter,
        });
        expect((result.stdout ?? '').trim()).toMatch(/^-- This is an empty migration/);
      } finally {
        await close();
      }
    } finally {
      await location.remove();
    }
  });
});
