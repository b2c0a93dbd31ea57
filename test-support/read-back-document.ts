/**
 * Reads an exported file back as a person would see it: LibreOffice headless turns it into PDF (its own profile
 * folder, a timeout) and pdftotext gives the printed text. Tests that need it skip where either is missing.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOFFICE = '/usr/bin/soffice';
export const PDFTOTEXT = '/usr/bin/pdftotext';

export const canReadBack = existsSync(SOFFICE) && existsSync(PDFTOTEXT);

/** The PDF LibreOffice prints from a Word (or other office) file. */
export function convertToPdf(buffer: Buffer, extension = 'docx'): Buffer {
  const workDir = mkdtempSync(join(tmpdir(), 'zero-draft-read-back-'));
  try {
    const input = join(workDir, `document.${extension}`);
    writeFileSync(input, buffer);
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${join(workDir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, input],
      { timeout: 120_000, stdio: 'pipe' },
    );
    return readFileSync(join(workDir, 'document.pdf'));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The text of a PDF as pdftotext lays it out (`-layout` keeps lines as printed). */
export function readPdfText(pdf: Buffer, options: { layout?: boolean } = {}): string {
  const workDir = mkdtempSync(join(tmpdir(), 'zero-draft-pdf-text-'));
  try {
    const input = join(workDir, 'document.pdf');
    writeFileSync(input, pdf);
    return execFileSync(PDFTOTEXT, [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', input, '-'], {
      timeout: 60_000,
      encoding: 'utf8',
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** How many pages pdfinfo counts, or the form feeds pdftotext writes between pages. */
export function countPdfPages(pdf: Buffer): number {
  return readPdfText(pdf)
    .split('\f')
    .filter((page) => page.trim() !== '').length;
}

/** Export → LibreOffice → PDF → text: what a delegate reads from the file. */
export function readDocumentText(buffer: Buffer, extension = 'docx', options: { layout?: boolean } = {}): string {
  return readPdfText(convertToPdf(buffer, extension), options);
}
