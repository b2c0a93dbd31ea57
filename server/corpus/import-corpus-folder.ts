import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isImportableName } from '@/lib/corpus/import-formats';
import type { Db } from '@/server/db/client';
import { importCorpusFile, type ImportFile } from './import-corpus-file';

export interface FolderImportOutcome {
  /** The path relative to the folder. */
  file: string;
  documentId?: string;
  paragraphs?: number;
  error?: string;
}

export interface FolderImportProgress {
  index: number;
  total: number;
  outcome: FolderImportOutcome;
}

/** Files a folder holds that an import reads, in a stable order; hidden files and folders are left out. */
async function listImportableFiles(folder: string, recursive: boolean): Promise<{ files: string[]; skipped: string[] }> {
  const entries = await readdir(folder, { withFileTypes: true, recursive });
  const files: string[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(folder, path.join(entry.parentPath, entry.name));
    if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue;
    (isImportableName(entry.name) ? files : skipped).push(relative);
  }
  const order = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return { files: files.sort(order), skipped: skipped.sort(order) };
}

/**
 * Imports every file of a folder that an import can read, one after the
 * other (each parsed in the worker, as an upload is). A file that fails is
 * reported and the next one is read: one bad file never stops a batch, and
 * leaves the corpus as it was for that file.
 */
export async function importCorpusFolder(
  db: Db,
  folder: string,
  options: { recursive?: boolean; meta?: ImportFile['meta']; onProgress?: (progress: FolderImportProgress) => void } = {},
): Promise<{ outcomes: FolderImportOutcome[]; skipped: string[] }> {
  const { files, skipped } = await listImportableFiles(folder, options.recursive ?? false);
  const outcomes: FolderImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    let outcome: FolderImportOutcome;
    try {
      const content = await readFile(path.join(folder, file));
      const { document } = await importCorpusFile(db, { name: path.basename(file), content, meta: options.meta });
      outcome = { file, documentId: document.id, paragraphs: document.paragraphs.length };
    } catch (error) {
      outcome = { file, error: error instanceof Error ? error.message : String(error) };
    }
    outcomes.push(outcome);
    options.onProgress?.({ index: index + 1, total: files.length, outcome });
  }
  return { outcomes, skipped };
}
