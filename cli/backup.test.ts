import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { createTestDatabaseLocation, testProvider } from '@/test-support/test-database';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-cli-backup-'));
let source: TestDatabase;

async function cli(databaseUrl: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, ZERO_DRAFT_DATA_DIR: dir, DATABASE_URL: databaseUrl };
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

afterAll(async () => {
  await source.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe(`cli backup and restore on ${testProvider}`, () => {
  it('backs up, shows progress on stderr, restores into an empty database and refuses one with data', async () => {
    const out = path.join(dir, 'cli.zdb');
    const backup = await cli(source.url, 'backup', '--out', out, '--json');
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toMatch(/Draft: 1 rows/);
    expect(JSON.parse(backup.stdout)).toMatchObject({
      provider: testProvider,
      rows: { Draft: 1, DraftParagraph: 4, NegotiationMember: 5 },
    });

    const target = createTestDatabaseLocation();
    const missing = createTestDatabaseLocation();
    try {
      const restore = await cli(target.url, 'restore', out);
      expect(restore.code, restore.stderr).toBe(0);
      expect(restore.stdout).toMatch(/^Restored \d+ rows into /);
      expect(restore.stderr).toMatch(/DraftParagraph: 4 rows/);

      const again = await cli(target.url, 'restore', out);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already holds data .*restore only into an empty database\. Nothing was changed\./);

      const absent = await cli(missing.url, 'restore', `${out}.missing`);
      expect(absent.code).toBe(1);
      expect(absent.stderr).toMatch(/does not exist/);
      expect(await missing.exists()).toBe(false);
    } finally {
      await target.remove();
      await missing.remove();
    }
  }, 120_000);
});
