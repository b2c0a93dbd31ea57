import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfConfig } from '@/server/config/read-config';

/*
 * A fresh profile per conversion: two LibreOffice processes sharing one profile wait on each other's lock or fail,
 * and a profile left by an earlier run could carry settings we did not choose. Macros are off: uploads are
 * untrusted, and even for the files we wrote a profile that refuses them costs nothing.
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

/** LibreOffice is not installed (or not where the configuration says). */
export class LibreOfficeMissingError extends Error {}

/** LibreOffice ran past its time and was stopped, with every process it started. */
export class LibreOfficeTimeoutError extends Error {}

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
      reject(new LibreOfficeTimeoutError(`LibreOffice took longer than ${Math.round(timeoutMs / 1000)} s.`));
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
 * Converts one file with LibreOffice headless, in a temporary folder with its own profile (macros off), stopped
 * after `settings.timeoutMs`. `inputExtension` tells LibreOffice what the file is ("odt", "docx");
 * `convertTo` is its --convert-to argument ("pdf:writer_pdf_Export"), whose part before ":" is the extension
 * of the file it writes (and must differ from the input's, as both lie in one folder). Temporary files are always removed.
 */
export async function convertWithLibreOffice(
  input: Buffer,
  conversion: { inputExtension: string; convertTo: string },
  settings: PdfConfig,
): Promise<Buffer> {
  try {
    await access(settings.soffice, constants.X_OK);
  } catch {
    throw new LibreOfficeMissingError(`LibreOffice is not installed at ${settings.soffice}.`);
  }
  const release = await takeTurn(settings.concurrency);
  const workDir = await mkdtemp(path.join(tmpdir(), 'zero-draft-soffice-'));
  try {
    const profile = path.join(workDir, 'profile');
    await mkdir(path.join(profile, 'user'), { recursive: true });
    await writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), profileSettings);
    const inputPath = path.join(workDir, `document.${conversion.inputExtension}`);
    await writeFile(inputPath, input);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      '--norestore',
      '--convert-to',
      conversion.convertTo,
      '--outdir',
      workDir,
      inputPath,
    ];
    const { code, output } = await runSoffice(settings.soffice, args, settings.timeoutMs);
    const outputExtension = conversion.convertTo.split(':')[0]!;
    const written = await readFile(path.join(workDir, `document.${outputExtension}`)).catch(() => null);
    if (!written || written.length === 0) {
      throw new Error(`LibreOffice did not write the ${outputExtension} file (exit ${code}): ${output.trim() || 'no output'}`);
    }
    return written;
  } finally {
    release();
    await rm(workDir, { recursive: true, force: true });
  }
}
