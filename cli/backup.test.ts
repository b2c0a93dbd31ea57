import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';

const run = promisify(execFile);
let source: TestDatabase;

function sqliteFile(database: TestDatabase): string {
  if (database.target.provider !== 'sqlite') throw new Error('This test runs on SQLite only.');
  return database.target.file;
}

async function cli(databaseFile: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, ZERO_DRAFT_DATA_DIR: path.dirname(databaseFile), DATABASE_URL: `file:${databaseFile}` };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { env, cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

beforeAll(async () => {
  source = await createTestDatabase();
  await createSampleDraft(source);
}, 60_000);

afterAll(() => source.dispose());

describe('cli backup and restore', () => {
  it('backs up, shows progress on stderr, restores into an empty database and refuses one with data', async () => {
    const out = path.join(path.dirname(sqliteFile(source)), 'cli.zdb');
    const backup = await cli(sqliteFile(source), 'backup', '--out', out, '--json');
    expect(backup.code).toBe(0);
    expect(backup.stderr).toMatch(/Draft: 1 rows/);
    expect(JSON.parse(backup.stdout).rows).toMatchObject({ Draft: 1, DraftParagraph: 4, NegotiationMember: 5 });

    const target = path.join(path.dirname(sqliteFile(source)), 'cli-restored.db');
    const restore = await cli(target, 'restore', out);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^Restored \d+ rows into /);
    expect(restore.stderr).toMatch(/DraftParagraph: 4 rows/);

    const again = await cli(target, 'restore', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds data .*restore only into an empty database\. Nothing was changed\./);

    const missing = await cli(path.join(path.dirname(sqliteFile(source)), 'none.db'), 'restore', `${out}.missing`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
    expect(existsSync(path.join(path.dirname(sqliteFile(source)), 'none.db'))).toBe(false);
  }, 120_000);
});
