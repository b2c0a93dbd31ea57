import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { adaptDocxForLibreOffice } from '@/lib/docx/adapt-docx-for-libreoffice';
import { type PdfConfig, readConfig } from '@/server/config/read-config';
import { AppError } from '@/server/errors/app-error';

export const missingLibreOfficeMessage =
  'PDF needs LibreOffice on the server; ask the operator to install libreoffice-writer-nogui. The Word file is available.';

/*
 * A fresh profile per conversion: two LibreOffice processes sharing one profile wait on each other's lock or fail,
 * and a profile left by an earlier run could carry settings we did not choose. Macros are off: we only convert
 * files we wrote, but a profile that refuses them costs nothing.
 */
const profileSettings = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

// LibreOffice takes a core and hundreds of megabytes per conversion: this process runs a few at a time, the rest queue.
let running = 0;
const waiting: (() => void)[] = [];

async function takeTurn(concurrency: number): Promise<() => void> {
  if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

async function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout stops soffice.bin too, not only the launcher script.
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // It ended on its own meanwhile.
      }
      reject(
        new AppError('unavailable', `The PDF took longer than ${Math.round(timeoutMs / 1000)} s to prepare. The Word file is available.`),
      );
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * A Word file as LibreOffice headless prints it (tracked changes shown as LibreOffice shows them by default:
 * insertions underlined, deletions struck through, a bar in the margin). Throws AppError "unavailable" when
 * LibreOffice is not installed or does not finish in time; temporary files are always removed.
 */
export async function convertDocxToPdf(docx: Buffer, settings: PdfConfig = readConfig().pdf): Promise<Buffer> {
  try {
    await access(settings.soffice, constants.X_OK);
  } catch {
    throw new AppError('unavailable', missingLibreOfficeMessage);
  }
  const release = await takeTurn(settings.concurrency);
  const workDir = await mkdtemp(path.join(tmpdir(), 'zero-draft-pdf-'));
  try {
    const profile = path.join(workDir, 'profile');
    await mkdir(path.join(profile, 'user'), { recursive: true });
    await writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), profileSettings);
    const input = path.join(workDir, 'document.docx');
    await writeFile(input, await adaptDocxForLibreOffice(docx));
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      '--norestore',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      workDir,
      input,
    ];
    const { code, output } = await runSoffice(settings.soffice, args, settings.timeoutMs);
    const pdf = await readFile(path.join(workDir, 'document.pdf')).catch(() => null);
    if (!pdf || pdf.length === 0) {
      throw new Error(`LibreOffice did not write the PDF (exit ${code}): ${output.trim() || 'no output'}`);
    }
    return pdf;
  } finally {
    release();
    await rm(workDir, { recursive: true, force: true });
  }
}
