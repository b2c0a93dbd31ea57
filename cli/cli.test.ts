import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseLocation } from '@/test-support/test-database';
import { readFileSync } from 'node:fs';
import { verifyRealtimeToken } from '@/lib/auth/realtime-token';
import { exportResolutionPdf } from '@/lib/pdf/export-resolution-pdf';

const run = promisify(execFile);
// The CLI's own database, on the engine the tests run against (cli setup creates it).
const database = createTestDatabaseLocation();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-cli-'));
const env = { ...process.env, ZERO_DRAFT_DATA_DIR: dataDir, DATABASE_URL: database.url };
delete env.AUTH_SECRET;

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { env, cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 });
}

async function cliJson<T>(...args: string[]): Promise<T> {
  const { stdout } = await cli(...args, '--json');
  return JSON.parse(stdout) as T;
}

async function cliFailure(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await cli(...args);
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
  throw new Error('expected the command to fail');
}

beforeAll(async () => {
  await cli('setup');
}, 120_000);

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database.remove();
});

// Each command is a fresh Node process, several seconds on a busy machine: the bound is for a hung command.
describe('cli', { timeout: 180_000 }, () => {
  it('setup is idempotent and --json prints only JSON', async () => {
    const result = await cliJson<{ appliedMigrations: string[]; demoAccountsCreated: number; corpus: { changedDocuments: number } }>(
      'setup',
    );
    expect(result.appliedMigrations).toEqual([]);
    expect(result.demoAccountsCreated).toBe(0);
    expect(result.corpus.changedDocuments).toBe(0);
  });

  it('lists the demo accounts with their delegations and the administrator', async () => {
    const users = await cliJson<{ email: string; isAdmin: boolean; delegation: string; delegationName: string }[]>('users', 'list');
    expect(users).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: 'colombia@zerodraft.test', isAdmin: false, delegation: 'COL', delegationName: 'Colombia' }),
        expect.objectContaining({ email: 'admin@zerodraft.test', isAdmin: true }),
      ]),
    );
    expect(new Set(users.map((user) => user.delegation)).size).toBeGreaterThanOrEqual(8);
  });

  it('lists and shows corpus documents with clean paragraphs', async () => {
    const list = await cliJson<{ id: string; number?: string; meeting?: number; paragraphCount: number }[]>('corpus', 'list');
    expect(list.find((doc) => doc.number === '10/3')).toMatchObject({ id: 'cop-res-10-3', paragraphCount: 50 });
    expect(new Set(list.filter((doc) => doc.meeting).map((doc) => doc.meeting)).size).toBe(13);
    const shown = await cliJson<{ number: string; paragraphs: { ref: string; kind: string; text: string }[] }>('corpus', 'show', '10/3');
    expect(shown.number).toBe('10/3');
    expect(shown.paragraphs.filter((p) => p.kind === 'preambular')).toHaveLength(22);
    expect(shown.paragraphs.filter((p) => p.kind === 'operative')).toHaveLength(17);
    expect(shown.paragraphs.filter((p) => /^13\([a-k]\)$/.test(p.ref))).toHaveLength(11);
    for (const paragraph of shown.paragraphs) expect(paragraph.text).not.toMatch(/https?:|vulnerabi lity|\s{2}/);
  });

  it('lists topics whose references resolve', async () => {
    const topics = await cliJson<{ topic: string; refs: { documentId: string; ref: string }[]; unresolved: string[] }[]>(
      'corpus',
      'topics',
    );
    expect(topics.length).toBeGreaterThanOrEqual(70);
    expect(topics.find((topic) => topic.topic.startsWith('Victims, non-punishment'))?.refs.length).toBeGreaterThan(0);
  });

  it('finds precedent and checks agreed language', async () => {
    const hits = await cliJson<{ documentId: string; ref: string; citation: string; score: number; text: string }[]>(
      'search',
      'discourage the demand that fosters',
      '--limit',
      '5',
    );
    expect(hits).toHaveLength(5);
    expect(hits.some((hit) => /discourage the demand that fost/i.test(hit.text))).toBe(true);
    const paragraph = hits.find((hit) => hit.documentId === 'cop-res-10-3') ?? hits[0]!;
    const check = await cliJson<{ coverage: number; spans: { citation: string }[] }>('check', paragraph.text);
    expect(check.coverage).toBeGreaterThan(0.9);
    expect(check.spans.length).toBeGreaterThan(0);
  });

  it('answers nothing for another language and keeps the same opening words when asked', async () => {
    expect(await cliJson<unknown[]>('search', 'trata de personas')).toEqual([]);
    const same = await cliJson<{ text: string }[]>('search', 'Calls upon States to strengthen international cooperation', '--same-lead');
    expect(same.length).toBeGreaterThan(0);
    for (const hit of same) expect(hit.text).toMatch(/^Calls upon/);
    const encourages = await cliJson<{ text: string }[]>('search', 'international cooperation', '--filter', 'lead=Encourages');
    for (const hit of encourages) expect(hit.text).toMatch(/^Encourages/);
  });

  it('lists the other places of identical language in --json (alsoIn)', async () => {
    const hits = await cliJson<{ documentId: string; ref: string; alsoIn?: { documentId: string; ref: string; citation: string }[] }[]>(
      'search',
      'invites States to strengthen multidisciplinary cooperation and coordination among competent authorities',
      '--limit',
      '3',
    );
    const grouped = hits.find((hit) => hit.documentId === 'cop-res-11-5' && hit.ref === '12');
    expect(grouped?.alsoIn).toEqual([expect.objectContaining({ documentId: 'cop11-colombia-revised-draft-2022', ref: '11' })]);
    expect(hits.some((hit) => hit.documentId === 'cop11-colombia-revised-draft-2022' && hit.ref === '11')).toBe(false);
  });

  it('compares two resolutions by number', async () => {
    const diff = await cliJson<{ pairs: { from: string | null; to: string | null; status: string }[]; summary: Record<string, number> }>(
      'diff',
      '10/3',
      '11/5',
    );
    expect(diff.pairs.find((pair) => pair.from === '1' && pair.to === '1')?.status).toBe('unchanged');
    expect(diff.pairs.find((pair) => pair.from === '3')).toMatchObject({ to: '19', status: 'moved' });
    expect(diff.summary.new).toBeGreaterThan(0);
  });

  it('imports a new document once, and refuses a broken one without changing the corpus', async () => {
    const file = path.join(dataDir, 'res-7-1.md');
    writeFileSync(
      file,
      'Resolution 7/1\n\nCooperation at sea\n\n*The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,*\n\n*Recalling* its resolution 5/2,\n\n1. *Urges* States parties to cooperate;\n\n2. *Requests* the Secretariat to report.\n',
    );
    const imported = await cliJson<{ id: string; symbol?: string; paragraphs: { ref: string }[] }>(
      'corpus',
      'import',
      file,
      '--year',
      '2014',
      '--symbol',
      'CTOC/COP/2014/L.2',
    );
    expect(imported.paragraphs.map((p) => p.ref)).toEqual(['PP1', '1', '2']);
    expect(imported.symbol).toBe('CTOC/COP/2014/L.2');
    const again = await cliJson<{ id: string }>('corpus', 'import', file, '--year', '2014');
    expect(again.id).toBe(imported.id);
    const before = await cliJson<unknown[]>('corpus', 'list');

    const broken = path.join(dataDir, 'broken.txt');
    writeFileSync(broken, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const failure = await cliFailure('corpus', 'import', broken, '--json');
    expect(failure.code).not.toBe(0);
    expect(failure.stderr).toMatch(/broken\.txt/);
    expect(await cliJson<unknown[]>('corpus', 'list')).toEqual(before);
  });

  it('imports a PDF into the corpus', async () => {
    const file = path.join(dataDir, 'res-7-2.pdf');
    writeFileSync(
      file,
      await exportResolutionPdf({
        title: 'Cooperation on inland waterways',
        body: 'Conference of the Parties',
        chapeau: 'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
        paragraphs: [
          { kind: 'preambular', number: '', depth: 0, text: 'Recalling its resolution 5/2,', lead: 'Recalling' },
          { kind: 'operative', number: '1', depth: 0, text: 'Urges States parties to cooperate on rivers and lakes;', lead: 'Urges' },
        ],
      }),
    );
    const imported = await cliJson<{ title: string; paragraphs: { ref: string; text: string }[] }>(
      'corpus',
      'import',
      file,
      '--year',
      '2014',
    );
    expect(imported.title).toBe('Cooperation on inland waterways');
    expect(imported.paragraphs.map((p) => [p.ref, p.text])).toEqual([
      ['PP1', 'Recalling its resolution 5/2,'],
      ['1', 'Urges States parties to cooperate on rivers and lakes;'],
    ]);
  });

  it('imports a folder file by file with progress, reports a bad file and goes on, and lists the outcome as JSON', async () => {
    const folder = mkdtempSync(path.join(dataDir, 'batch-'));
    mkdirSync(path.join(folder, 'older'));
    const resolution = (number: string, topic: string) =>
      `Resolution ${number}\n\n${topic}\n\n*The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,*\n\n*Recalling* its resolution 5/2,\n\n1. *Urges* States parties to act on ${topic.toLowerCase()};\n\n2. *Requests* the Secretariat to report.\n`;
    writeFileSync(path.join(folder, 'res-8-1.md'), resolution('8/1', 'Firearms at sea'));
    writeFileSync(path.join(folder, 'res-8-2.txt'), resolution('8/2', 'Migrants in transit').replaceAll('*', ''));
    writeFileSync(path.join(folder, 'broken.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    writeFileSync(path.join(folder, 'notes.csv'), 'not a resolution');
    writeFileSync(path.join(folder, 'older', 'res-6-1.md'), resolution('6/1', 'Cybercrime'));

    const flat = await cliFailure('corpus', 'import', folder, '--year', '2016', '--json');
    expect(flat.code).toBe(1);
    expect(flat.stderr).toMatch(/^\[1\/3\] broken\.txt … failed: .*broken\.txt/m);
    expect(flat.stderr).toMatch(/^\[2\/3\] res-8-1\.md … 3 paragraphs$/m);
    expect(flat.stderr).toMatch(/^\[3\/3\] res-8-2\.txt … 3 paragraphs$/m);
    expect(flat.stderr).toMatch(/Skipped 1 files of other formats: notes\.csv/);

    const { stdout } = await cli('corpus', 'import', folder, '--recursive', '--year', '2016', '--json').catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    const outcomes = JSON.parse(stdout) as { file: string; documentId?: string; paragraphs?: number; error?: string }[];
    expect(outcomes.map((outcome) => outcome.file)).toEqual(['broken.txt', path.join('older', 'res-6-1.md'), 'res-8-1.md', 'res-8-2.txt']);
    expect(outcomes[0]?.error).toMatch(/broken\.txt/);
    expect(outcomes.slice(1).map((outcome) => outcome.paragraphs)).toEqual([3, 3, 3]);
    const shown = await cliJson<{ paragraphs: { text: string }[] }>('corpus', 'show', outcomes[2]!.documentId!);
    expect(shown.paragraphs[1]?.text).toBe('Urges States parties to act on firearms at sea;');
  });

  it('creates a draft from a resolution on the server and mints a realtime ticket for it', async () => {
    const { id } = await cliJson<{ id: string }>('drafts', 'create', '--title', 'Trafficking 2024', '--from', '11/5');
    expect(id).toMatch(/\w{8,}/);
    const ticket = await cliJson<{ url: string; token: string }>('realtime-token', '--user', 'eu@zerodraft.test', '--draft', id);
    expect(ticket.url).toMatch(new RegExp(`^ws://[^/]+/draft-${id}$`));
    const claims = verifyRealtimeToken(ticket.token, readFileSync(path.join(dataDir, 'secret'), 'utf8').trim());
    expect(claims).toMatchObject({ draftId: id, delegationCode: 'EU', role: 'delegate', readOnly: false });
    const observer = await cliJson<{ token: string }>('realtime-token', '--user', 'observer@zerodraft.test', '--draft', id);
    expect(verifyRealtimeToken(observer.token, readFileSync(path.join(dataDir, 'secret'), 'utf8').trim()).readOnly).toBe(true);
    const unknown = await cliFailure('drafts', 'create', '--title', 'x', '--from', '99/99');
    expect(unknown.stderr).toContain('99/99');
  });
});
