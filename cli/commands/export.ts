import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { TextReader } from '@/server/compare/resolve-comparable-text';
import { type Db, getDb } from '@/server/db/client';
import { type ExportFormat, type ExportTarget, exportDocument, exportFormats } from '@/server/docx/export-document';
import { checkDraftAccess, checkRevisionAccess } from '@/server/negotiations/check-access';
import { printResult, UsageError } from '../output';
import { findActingPerson } from './acting-person';

const exportUsage = `Usage: export <draft:ID | revision:ID | compilation:ID> --out FILE [--format docx|pdf] [--json]
  draft:ID                     the live draft; with --against X, a redline of the draft against X (corpus id or number, revision:ID)
  revision:ID [--tracked]      a revision, clean or as tracked changes against its base (or --against X)
  compilation:ID [--all]       the compilation of a draft's open (or all) proposals
  --format                     docx or pdf (default: from the file's extension)
  --as <email>                 export as that person, checked on the roster like the web`;

interface ExportOptions {
  tracked: boolean;
  against?: string;
  all: boolean;
}

/** The target as the routes take it; with --as, the person's right to export it is checked first, as the routes do. */
async function resolveTarget(db: Db, key: string, options: ExportOptions, reader: TextReader): Promise<ExportTarget> {
  const match = /^(draft|revision|compilation):(.+)$/.exec(key);
  if (!match) throw new UsageError(`"${key}" is not draft:ID, revision:ID or compilation:ID.\n${exportUsage}`);
  const [, kind, id] = match as unknown as [string, 'draft' | 'revision' | 'compilation', string];
  if (kind === 'revision') {
    if (reader !== 'operator') await checkRevisionAccess(db, reader.user, id, 'draft:export');
    return {
      kind: 'revision',
      revisionId: id,
      tracked: options.tracked || options.against !== undefined,
      ...(options.against ? { against: options.against } : {}),
    };
  }
  const draft =
    reader === 'operator'
      ? await db.draft.findUnique({ where: { id }, select: { id: true, title: true } })
      : (await checkDraftAccess(db, reader.user, id, 'draft:export')).draft;
  if (!draft) throw new Error(`There is no draft "${id}".`);
  if (kind === 'compilation') return { kind: 'compilation', draft: { id: draft.id, title: draft.title }, all: options.all };
  if (options.against) return { kind: 'comparison', a: options.against, b: `draft:${draft.id}` };
  return { kind: 'draft', draftId: draft.id };
}

function readFormat(format: unknown, out: string): ExportFormat {
  const chosen = typeof format === 'string' ? format : path.extname(out).slice(1).toLowerCase();
  if ((exportFormats as readonly string[]).includes(chosen)) return chosen as ExportFormat;
  throw new UsageError(`Give --format docx or --format pdf${typeof format === 'string' ? ` (not "${format}")` : ''}.\n${exportUsage}`);
}

/**
 * `export`: the same files as the web's buttons, from the same service. Never overwrites a file: an export written
 * over yesterday's by mistake would lose it.
 */
export async function runExport(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      out: { type: 'string' },
      format: { type: 'string' },
      tracked: { type: 'boolean', default: false },
      against: { type: 'string' },
      all: { type: 'boolean', default: false },
      as: { type: 'string' },
    },
  });
  const [key, ...extra] = positionals;
  if (!key || extra.length > 0 || typeof values.out !== 'string' || !values.out.trim()) throw new UsageError(exportUsage);
  const out = path.resolve(values.out.trim());
  const format = readFormat(values.format, out);
  const against = typeof values.against === 'string' && values.against.trim() ? values.against.trim() : undefined;
  const db = getDb();
  try {
    const reader: TextReader =
      values.as !== undefined ? { user: await findActingPerson(db, values.as, exportUsage), action: 'draft:export' } : 'operator';
    const target = await resolveTarget(
      db,
      key,
      { tracked: values.tracked === true, all: values.all === true, ...(against ? { against } : {}) },
      reader,
    );
    const exported = await exportDocument(db, target, format, reader);
    try {
      await writeFile(out, exported.buffer, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new Error(`${out} already exists; nothing was written. Choose another --out or remove it first.`);
      throw new Error(`Could not write ${out}: ${(error as Error).message}`);
    }
    const result = { file: out, format, ...(exported.pages === undefined ? {} : { pages: exported.pages }) };
    printResult(result, json, () => out);
  } finally {
    await db.$disconnect();
  }
}
