import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPart } from '@/test-support/docx-fixtures';
import { canReadBack, countPdfPages, readPdfText } from '@/test-support/read-back-document';
import { createTestDatabaseLocation } from '@/test-support/test-database';

/** `revisions issue` and `export`, run as an operator would, against their own database; files read back as printed. */

const run = promisify(execFile);
const database = createTestDatabaseLocation();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-cli-export-'));
const outDir = path.join(dataDir, 'out');
// The commands' own temporary folder, so the test can see that conversions leave nothing behind.
const tempDir = path.join(dataDir, 'tmp');
let env: NodeJS.ProcessEnv = { ...process.env };

/** A port nothing listens on: `revisions issue` then finds no realtime server and reads the rows as they are. */
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { env, cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 });
}

async function cliJson<T>(...args: string[]): Promise<T> {
  return JSON.parse((await cli(...args, '--json')).stdout) as T;
}

async function cliFailure(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, ['--import', 'tsx', 'cli/index.ts', ...args], { env: { ...env, ...extraEnv }, cwd: process.cwd() });
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
  throw new Error(`expected "${args.join(' ')}" to fail`);
}

let draftId = '';
let rev1 = '';
let rev2 = '';

beforeAll(async () => {
  for (const folder of [outDir, tempDir]) mkdirSync(folder);
  env = {
    ...process.env,
    ZERO_DRAFT_DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    REALTIME_PORT: String(await findClosedPort()),
    TMPDIR: tempDir,
  };
  delete env.AUTH_SECRET;
  delete env.ZERO_DRAFT_SOFFICE;
  await cli('setup');
  draftId = (
    await cliJson<{ id: string }>('drafts', 'create', '--title', 'Trafficking 2024', '--from', '11/5', '--negotiation', 'demo-confidential')
  ).id;
}, 240_000);

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database.remove();
});

describe('cli revisions issue and export', { timeout: 240_000 }, () => {
  it('issues revisions like the button: as the first facilitator, or as a named person whose role allows it', async () => {
    const issued = await cliJson<{ id: string; name: string; draftId: string }>('revisions', 'issue', draftId, '--name', 'Rev.1');
    expect(issued).toMatchObject({ name: 'Rev.1', draftId });
    rev1 = issued.id;
    rev2 = (await cliJson<{ id: string }>('revisions', 'issue', draftId, '--name', 'Rev.2', '--as', 'secretariat@zerodraft.test')).id;
    const again = await cliFailure(['revisions', 'issue', draftId, '--name', 'Rev.2']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Rev.2');
    const unnamed = await cliFailure(['revisions', 'issue', draftId]);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('--name "Rev.1"');
  });

  it('exports a revision as Word, prints the file written, and never overwrites one', async () => {
    const docx = path.join(outDir, 'rev1.docx');
    const written = (await cli('export', `revision:${rev1}`, '--out', docx)).stdout.trim();
    expect(written).toBe(docx);
    const xml = await readPart(readFileSync(docx), 'word/document.xml');
    expect(xml).toContain('Trafficking 2024');
    expect(xml).toContain('<w:numPr>');

    const before = readFileSync(docx);
    const refused = await cliFailure(['export', `revision:${rev1}`, '--out', docx]);
    expect(refused.stderr).toContain('already exists; nothing was written');
    expect(readFileSync(docx).equals(before)).toBe(true);

    const badFormat = await cliFailure(['export', `revision:${rev1}`, '--out', path.join(outDir, 'rev1.odt')]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format docx or --format pdf');
  });

  it.skipIf(!canReadBack)('prints a revision to PDF through LibreOffice, counts its pages and leaves no temporary files', async () => {
    const pdfFile = path.join(outDir, 'rev2.pdf');
    const result = await cliJson<{ file: string; format: string; pages: number }>(
      'export',
      `revision:${rev2}`,
      '--format',
      'pdf',
      '--out',
      pdfFile,
    );
    expect(result).toMatchObject({ file: pdfFile, format: 'pdf' });
    const pdf = readFileSync(pdfFile);
    expect(result.pages).toBe(countPdfPages(pdf));
    expect(result.pages).toBeGreaterThan(1);
    const text = readPdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Trafficking 2024');
    expect(text).toMatch(/\b1\. /);
    expect(readdirSync(tempDir).filter((name) => name.startsWith('zero-draft-pdf-'))).toEqual([]);
  });

  it.skipIf(!canReadBack)('prints the compilation to PDF, and tracks a revision against a named one', async () => {
    const compilation = path.join(outDir, 'compilation.pdf');
    await cli('export', `compilation:${draftId}`, '--all', '--out', compilation);
    expect(readPdfText(readFileSync(compilation))).toContain('compilation of proposals');
    const tracked = path.join(outDir, 'rev2-tracked.docx');
    await cli('export', `revision:${rev2}`, '--tracked', '--against', `revision:${rev1}`, '--out', tracked);
    expect(await readPart(readFileSync(tracked), 'word/document.xml')).toContain('Trafficking 2024');
  });

  it('says clearly when LibreOffice is missing, and writes no file', async () => {
    const pdfFile = path.join(outDir, 'nowhere.pdf');
    const failure = await cliFailure(['export', `draft:${draftId}`, '--out', pdfFile], {
      ZERO_DRAFT_SOFFICE: path.join(dataDir, 'no-soffice'),
    });
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain(
      'PDF needs LibreOffice on the server; ask the operator to install libreoffice-writer-nogui. The Word file is available.',
    );
    expect(existsSync(pdfFile)).toBe(false);
  });

  it('refuses an unknown target with the usage', async () => {
    const failure = await cliFailure(['export', draftId, '--out', path.join(outDir, 'x.docx')]);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('is not draft:ID, revision:ID or compilation:ID');
  });
});
