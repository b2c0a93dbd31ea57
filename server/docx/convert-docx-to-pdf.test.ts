import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDraftDocx } from '@/lib/docx';
import { countPdfPages } from '@/lib/pdf/count-pdf-pages';
import { respondWithError } from '@/server/http/respond-with-error';
import { canReadBack, countPdfPages as countPrintedPages, readPdfText, SOFFICE } from '@/test-support/read-back-document';
import { convertDocxToPdf, missingLibreOfficeMessage } from './convert-docx-to-pdf';

const scratch = mkdtempSync(path.join(tmpdir(), 'zero-draft-convert-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Conversions in this file work under a temporary folder of their own, so other test files' conversions never show. */
const ownTemp = path.join(scratch, 'tmp');
mkdirSync(ownTemp);
process.env.TMPDIR = ownTemp;

function leftoverWorkDirs(): string[] {
  return readdirSync(ownTemp).filter((name) => name.startsWith('zero-draft-soffice-'));
}

/** A stand-in for soffice (a real program): logs when it starts and ends, runs `body`, then writes a PDF where LibreOffice would. */
function fakeSoffice(name: string, body: string): { program: string; log: string } {
  const program = path.join(scratch, name);
  const log = path.join(scratch, `${name}.log`);
  writeFileSync(
    program,
    `#!/bin/sh\nfor last; do :; done\necho "start $$" >> '${log}'\n${body}\necho end >> '${log}'\nprintf '%%PDF-1.4\\n1 0 obj <</Type /Page>> endobj\\n' > "$(dirname "$last")/document.pdf"\n`,
  );
  chmodSync(program, 0o755);
  return { program, log };
}

async function sampleDocx(): Promise<Buffer> {
  return exportDraftDocx({
    title: 'Trafficking in persons at sea',
    body: 'Conference of the Parties',
    chapeau: 'The Conference of the Parties,',
    paragraphs: [
      {
        id: 'p1',
        kind: 'operative',
        status: 'open',
        frozen: false,
        depth: 0,
        text: 'Urges States parties to protect victims;',
        lead: 'Urges',
        content: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Urges States parties to protect victims;' }] }],
        },
        number: '1.',
      },
    ],
  });
}

describe('convertDocxToPdf', () => {
  it.skipIf(!canReadBack)(
    'prints a Word export through LibreOffice and leaves no temporary files',
    async () => {
      const pdf = await convertDocxToPdf(await sampleDocx(), { soffice: SOFFICE, timeoutMs: 120_000, concurrency: 1 });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = readPdfText(pdf);
      expect(text).toContain('The Conference of the Parties,');
      expect(text).toMatch(/1\.\s+Urges States parties to protect victims;/);
      expect(countPdfPages(pdf)).toBe(countPrintedPages(pdf));
      expect(tmpdir()).toBe(ownTemp);
      expect(leftoverWorkDirs()).toEqual([]);
    },
    180_000,
  );

  it('says clearly that LibreOffice is missing, as a 503 the browser can show', async () => {
    const missing = path.join(scratch, 'no-such-soffice');
    const attempt = convertDocxToPdf(Buffer.from('not used'), { soffice: missing, timeoutMs: 10_000, concurrency: 1 });
    await expect(attempt).rejects.toMatchObject({ code: 'unavailable', message: missingLibreOfficeMessage });
    const response = respondWithError(await attempt.catch((error: unknown) => error));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ code: 'unavailable', error: missingLibreOfficeMessage, reason: 'pdf-unavailable' });
    expect(missingLibreOfficeMessage).toContain('libreoffice-writer-nogui');
  });

  it('converts one file at a time when so configured; the others wait their turn', async () => {
    const { program, log } = fakeSoffice('slow-soffice', 'sleep 0.3');
    const settings = { soffice: program, timeoutMs: 60_000, concurrency: 1 };
    const pdfs = await Promise.all([1, 2, 3].map(() => convertDocxToPdf(Buffer.from('x'), settings)));
    expect(pdfs.every((pdf) => pdf.toString('latin1').startsWith('%PDF-'))).toBe(true);
    const events = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[0]);
    expect(events).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
  });

  it('stops a conversion that runs past its time, LibreOffice and all, with a clear message', async () => {
    const { program, log } = fakeSoffice('hung-soffice', 'sleep 600');
    const attempt = convertDocxToPdf(Buffer.from('x'), { soffice: program, timeoutMs: 1_000, concurrency: 1 });
    await expect(attempt).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/took longer than 1 s.*Word file is available/),
    });
    const pid = Number(readFileSync(log, 'utf8').split('\n')[0]!.split(' ')[1]);
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await expect.poll(alive, { timeout: 30_000 }).toBe(false);
    expect(readFileSync(log, 'utf8')).not.toContain('end');
  });
});
