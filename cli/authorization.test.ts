import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseLocation } from '@/test-support/test-database';
import { cliMatrix } from '@/e2e/authorization/matrix';

/** The CLI rows of the authorization matrix: commands that act as a person are checked on the roster like the web. */

const run = promisify(execFile);
// The CLI's own database, on the engine the tests run against (cli setup creates it).
const database = createTestDatabaseLocation();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-cli-authz-'));
const env: NodeJS.ProcessEnv = { ...process.env, ZERO_DRAFT_DATA_DIR: dataDir, DATABASE_URL: database.url };
delete env.AUTH_SECRET;

/** A port nothing listens on: `revisions issue` then finds no realtime server and reads the rows as they are. */
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { env, cwd: process.cwd() });
  return stdout;
}

async function cliFailure(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await cli(...args);
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
  throw new Error(`expected "${args.join(' ')}" to fail`);
}

const covered = new Set<string>();

beforeAll(async () => {
  env.REALTIME_PORT = String(await findClosedPort());
  await cli('setup');
}, 120_000);

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database.remove();
});

describe('CLI commands that act as a person', () => {
  let confidentialDraft = '';

  it('drafts create: a member of the negotiation may; a non-member is told it does not exist; an observer is refused', async () => {
    covered.add('drafts');
    const created = JSON.parse(
      await cli(
        'drafts',
        'create',
        '--title',
        'CLI confidential',
        '--negotiation',
        'demo-confidential',
        '--user',
        'eu@zerodraft.test',
        '--json',
      ),
    ) as { id: string };
    confidentialDraft = created.id;
    expect(confidentialDraft).toMatch(/\w{8,}/);

    const outsider = await cliFailure(
      'drafts',
      'create',
      '--title',
      'x',
      '--negotiation',
      'demo-confidential',
      '--user',
      'usa@zerodraft.test',
    );
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toContain('There is no negotiation "demo-confidential"');

    const observer = await cliFailure('drafts', 'create', '--title', 'x', '--user', 'observer@zerodraft.test');
    expect(observer.code).toBe(1);
    expect(observer.stderr).toMatch(/observer.*does not allow/);
  }, 240_000);

  it('realtime-token: a member gets a ticket; a non-member is told the draft does not exist', async () => {
    covered.add('realtime-token');
    const ticket = JSON.parse(await cli('realtime-token', '--user', 'eu2@zerodraft.test', '--draft', confidentialDraft, '--json')) as {
      token: string;
    };
    expect(ticket.token.length).toBeGreaterThan(20);
    const outsider = await cliFailure('realtime-token', '--user', 'usa@zerodraft.test', '--draft', confidentialDraft);
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toContain(`There is no draft "${confidentialDraft}"`);
  }, 240_000);

  it('negotiations and roster: a person sees and changes only what the roster lets them (more in administration.test.ts)', async () => {
    covered.add('negotiations');
    covered.add('roster');
    const seen = JSON.parse(await cli('negotiations', 'list', '--as', 'usa@zerodraft.test', '--json')) as { id: string }[];
    expect(seen.map((negotiation) => negotiation.id)).not.toContain('demo-confidential');
    const outsider = await cliFailure(
      'roster',
      'add',
      '--negotiation',
      'demo-confidential',
      '--user',
      'mexico@zerodraft.test',
      '--role',
      'delegate',
      '--as',
      'usa@zerodraft.test',
    );
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toContain('There is no negotiation "demo-confidential"');
    const delegate = await cliFailure(
      'roster',
      'add',
      '--negotiation',
      'demo-confidential',
      '--user',
      'mexico@zerodraft.test',
      '--role',
      'delegate',
      '--as',
      'eu@zerodraft.test',
    );
    expect(delegate.stderr).toMatch(/does not allow/);
  }, 240_000);

  it('revisions issue: a secretariat member may; a delegate is refused; a non-member is told the draft does not exist', async () => {
    covered.add('revisions');
    const issued = JSON.parse(
      await cli('revisions', 'issue', confidentialDraft, '--name', 'Rev.1', '--as', 'secretariat@zerodraft.test', '--json'),
    ) as { name: string };
    expect(issued.name).toBe('Rev.1');
    const delegate = await cliFailure('revisions', 'issue', confidentialDraft, '--name', 'Rev.2', '--as', 'eu@zerodraft.test');
    expect(delegate.code).toBe(1);
    expect(delegate.stderr).toMatch(/delegate.*does not allow/);
    const outsider = await cliFailure('revisions', 'issue', confidentialDraft, '--name', 'Rev.2', '--as', 'usa@zerodraft.test');
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toContain(`There is no draft "${confidentialDraft}"`);
  }, 240_000);

  it('export: a member gets the file; a non-member is told the draft does not exist and gets none', async () => {
    covered.add('export');
    const file = path.join(dataDir, 'member.docx');
    const written = JSON.parse(await cli('export', `draft:${confidentialDraft}`, '--out', file, '--as', 'eu@zerodraft.test', '--json')) as {
      file: string;
    };
    expect(written.file).toBe(file);
    expect(existsSync(file)).toBe(true);
    const outsiderFile = path.join(dataDir, 'outsider.docx');
    const outsider = await cliFailure('export', `draft:${confidentialDraft}`, '--out', outsiderFile, '--as', 'usa@zerodraft.test');
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toContain(`There is no draft "${confidentialDraft}"`);
    expect(existsSync(outsiderFile)).toBe(false);
    const compilation = await cliFailure('export', `compilation:${confidentialDraft}`, '--out', outsiderFile, '--as', 'usa@zerodraft.test');
    expect(compilation.stderr).toContain(`There is no draft "${confidentialDraft}"`);
  }, 240_000);

  it('covers every command the matrix marks as acting as a person', () => {
    const people = Object.entries(cliMatrix)
      .filter(([, kind]) => kind === 'person')
      .map(([command]) => command);
    expect([...covered].sort()).toEqual(people.sort());
  });
});
