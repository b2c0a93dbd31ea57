import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseLocation } from '@/test-support/test-database';

const run = promisify(execFile);
// The CLI's own database, on the engine the tests run against (cli setup creates it).
const database = createTestDatabaseLocation();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-cli-admin-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ZERO_DRAFT_DATA_DIR: dataDir,
  DATABASE_URL: database.url,
  PORT: '3999',
};
for (const name of ['AUTH_SECRET', 'ZERO_DRAFT_PUBLIC_URL', 'SMTP_URL']) delete env[name];

async function cliJson<T>(...args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args, '--json'], { env, cwd: process.cwd() });
  return JSON.parse(stdout) as T;
}

async function cliFailure(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { env, cwd: process.cwd() });
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
  throw new Error('expected the command to fail');
}

function cliWithInput(input: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { env, cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

interface Listed {
  id: string;
  title: string;
  drafts?: number;
  role?: string;
}

interface Person {
  email: string;
  isAdmin: boolean;
  access: string;
}

beforeAll(async () => {
  await run(process.execPath, ['--import', 'tsx', 'cli/index.ts', 'setup'], { env, cwd: process.cwd() });
}, 180_000);

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database.remove();
});

// Every command is a fresh Node process (a few seconds each on a busy machine): the bounds are for a hung command.
describe('administration from the command line', () => {
  it('setup leaves each demo negotiation with one draft in progress, once', async () => {
    const again = await cliJson<{ demoDraftsCreated: number }>('setup');
    expect(again.demoDraftsCreated).toBe(0);
    const all = await cliJson<Listed[]>('negotiations', 'list');
    expect(all.find((negotiation) => negotiation.id === 'demo-negotiation')?.drafts).toBe(1);
    expect(all.find((negotiation) => negotiation.id === 'demo-confidential')?.drafts).toBe(1);
  }, 300_000);

  it('lists for a person only the negotiations they are on', async () => {
    const usa = await cliJson<Listed[]>('negotiations', 'list', '--as', 'usa@zerodraft.test');
    expect(usa.map((negotiation) => negotiation.id)).toEqual(['demo-negotiation']);
    const eu = await cliJson<Listed[]>('negotiations', 'list', '--as', 'eu@zerodraft.test');
    expect(eu.find((negotiation) => negotiation.id === 'demo-confidential')?.role).toBe('delegate');
  }, 300_000);

  it('only an administrator creates a negotiation, and a delegate cannot change its roster', async () => {
    const refused = await cliFailure('negotiations', 'create', '--title', 'Side informals', '--as', 'chair@zerodraft.test');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Only administrators/);
    const { id } = await cliJson<{ id: string }>(
      'negotiations',
      'create',
      '--title',
      'Side informals',
      '--session',
      'Eleventh session',
      '--as',
      'admin@zerodraft.test',
    );
    await cliJson(
      'roster',
      'add',
      '--negotiation',
      id,
      '--user',
      'chair@zerodraft.test',
      '--role',
      'facilitator',
      '--as',
      'admin@zerodraft.test',
    );
    await cliJson(
      'roster',
      'add',
      '--negotiation',
      id,
      '--user',
      'japan@zerodraft.test',
      '--role',
      'delegate',
      '--as',
      'chair@zerodraft.test',
    );

    const byDelegate = await cliFailure(
      'roster',
      'add',
      '--negotiation',
      id,
      '--user',
      'usa@zerodraft.test',
      '--role',
      'delegate',
      '--as',
      'japan@zerodraft.test',
    );
    expect(byDelegate.stderr).toMatch(/does not allow/);
    const byOutsider = await cliFailure(
      'roster',
      'remove',
      '--negotiation',
      id,
      '--user',
      'japan@zerodraft.test',
      '--as',
      'usa@zerodraft.test',
    );
    expect(byOutsider.stderr).toMatch(/There is no negotiation/);

    const lastFacilitator = await cliFailure(
      'roster',
      'set-role',
      '--negotiation',
      id,
      '--user',
      'chair@zerodraft.test',
      '--role',
      'delegate',
      '--as',
      'chair@zerodraft.test',
    );
    expect(lastFacilitator.stderr).toMatch(/last facilitator/);

    const japan = await cliJson<Listed[]>('negotiations', 'list', '--as', 'japan@zerodraft.test');
    expect(japan.find((negotiation) => negotiation.id === id)?.role).toBe('delegate');
    expect((await cliJson<Listed[]>('negotiations', 'list', '--as', 'usa@zerodraft.test')).map((n) => n.id)).not.toContain(id);

    await cliJson('roster', 'remove', '--negotiation', id, '--user', 'japan@zerodraft.test', '--as', 'chair@zerodraft.test');
    expect((await cliJson<Listed[]>('negotiations', 'list', '--as', 'japan@zerodraft.test')).map((n) => n.id)).not.toContain(id);
  }, 300_000);

  it('admin create prints a single-use invitation link, or sets a password read from stdin', async () => {
    const invited = await cliJson<{ invitationLink: string }>('admin', 'create', 'ops@example.org', '--name', 'Operations');
    expect(invited.invitationLink).toMatch(/^http:\/\/localhost:3999\/invitations\/[A-Za-z0-9_-]{40,}$/);

    const weak = await cliWithInput('short\n', 'admin', 'create', 'weak@example.org', '--password-stdin');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 12 characters/);

    const withPassword = await cliWithInput(
      'a long operator passphrase\n',
      'admin',
      'create',
      'root@example.org',
      '--password-stdin',
      '--json',
    );
    expect(withPassword.code, withPassword.stderr).toBe(0);
    const people = await cliJson<Person[]>('users', 'list');
    expect(people.find((person) => person.email === 'ops@example.org')).toMatchObject({ isAdmin: true, access: 'pending' });
    expect(people.find((person) => person.email === 'root@example.org')).toMatchObject({ isAdmin: true, access: 'password' });
    expect(people.some((person) => person.email === 'weak@example.org')).toBe(false);

    const twice = await cliFailure('admin', 'create', 'root@example.org');
    expect(twice.stderr).toMatch(/already has an account/);
  }, 300_000);
});
