import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { corpusImportExtensions, describeImportFormats } from '@/lib/corpus/import-formats';
import { formatRefLabel } from '@/lib/corpus/refs';
import { createPrismaClient, type Db } from '@/server/db/client';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import { importCorpusFile } from '@/server/corpus/import-corpus-file';
import { importCorpusFolder } from '@/server/corpus/import-corpus-folder';
import { listCorpusDocuments } from '@/server/corpus/list-corpus-documents';
import { listTopics } from '@/server/corpus/list-topics';
import { removeCorpusDocument } from '@/server/corpus/remove-corpus-document';
import { log, printResult, UsageError } from '../output';

const usage = `Usage:
  corpus list [--kind K] [--body B] [--year Y] [--json]
  corpus show <id-or-number> [--json]
  corpus topics [--json]
  corpus import <file> [--title … --kind … --year … --body … --sponsors … --symbol … --session …] [--json]
  corpus import <folder> [--recursive] [--kind … --year … --body … --sponsors … --symbol … --session …] [--json]
  corpus remove <id> [--json]`;

const importMeta = z.object({
  title: z.string().min(1).optional(),
  kind: z.enum(['resolution', 'decision', 'draft resolution', 'revised draft resolution', 'recommendations', 'other']).optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  body: z.string().min(1).optional(),
  sponsors: z.string().min(1).optional(),
  symbol: z.string().min(1).optional(),
  session: z.string().min(1).optional(),
});

/** Progress on stderr as each file is read; the list (or a summary) on stdout; a failed file makes the exit code 1. */
async function importFolder(
  db: Db,
  folder: string,
  options: { recursive: boolean; meta: z.infer<typeof importMeta>; json: boolean },
): Promise<void> {
  const { outcomes, skipped } = await importCorpusFolder(db, folder, {
    recursive: options.recursive,
    meta: options.meta,
    onProgress: ({ index, total, outcome }) =>
      log(`[${index}/${total}] ${outcome.file} … ${outcome.error ? `failed: ${outcome.error}` : `${outcome.paragraphs} paragraphs`}`),
  });
  if (skipped.length > 0) log(`Skipped ${skipped.length} files of other formats: ${skipped.join(', ')}`);
  const failed = outcomes.filter((outcome) => outcome.error);
  if (failed.length > 0) process.exitCode = 1;
  printResult(outcomes, options.json, (list: typeof outcomes) => {
    const paragraphs = list.reduce((sum, outcome) => sum + (outcome.paragraphs ?? 0), 0);
    const lines = [`Imported ${list.length - failed.length} of ${list.length} files from ${folder} (${paragraphs} paragraphs).`];
    if (list.length === 0)
      lines.push(`The folder holds no ${describeImportFormats(corpusImportExtensions)} file; try --recursive for subfolders.`);
    for (const outcome of failed) lines.push(`Failed: ${outcome.file}: ${outcome.error}`);
    return lines.join('\n');
  });
}

export async function runCorpus(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      kind: { type: 'string' },
      body: { type: 'string' },
      year: { type: 'string' },
      title: { type: 'string' },
      sponsors: { type: 'string' },
      symbol: { type: 'string' },
      session: { type: 'string' },
      recursive: { type: 'boolean' },
    },
  });
  const [sub, target] = positionals;
  const db = createPrismaClient();
  try {
    switch (sub) {
      case 'list': {
        const year = values.year ? Number(values.year) : undefined;
        const rows = await listCorpusDocuments(db, {
          kind: values.kind as string | undefined,
          body: values.body as string | undefined,
          year,
        });
        const output = rows.map(({ builtIn: _builtIn, ...row }) => row);
        printResult(output, json, (list: typeof output) =>
          list
            .map((d) => `${d.id.padEnd(36)} ${String(d.year)} ${d.kind.padEnd(26)} ${String(d.paragraphCount).padStart(4)} ¶  ${d.title}`)
            .join('\n'),
        );
        return;
      }
      case 'show': {
        if (!target) throw new UsageError(usage);
        const document = await findCorpusDocument(db, target);
        if (!document) throw new Error(`No corpus document "${target}". Try: npm run -s cli -- corpus list`);
        printResult(document, json, (d: typeof document) =>
          [d.title, d.chapeau ?? '', ...d.paragraphs.map((p) => `${formatRefLabel(p.ref).padEnd(12)} ${p.text}`)].join('\n'),
        );
        return;
      }
      case 'topics': {
        const topics = await listTopics(db);
        printResult(topics, json, (list: typeof topics) =>
          list
            .map((t) => `${t.topic} — ${t.refs.length} paragraphs${t.unresolved.length ? `, ${t.unresolved.length} unresolved` : ''}`)
            .join('\n'),
        );
        return;
      }
      case 'import': {
        if (!target) throw new UsageError(usage);
        const meta = importMeta.parse({
          title: values.title,
          kind: values.kind,
          year: values.year,
          body: values.body,
          sponsors: values.sponsors,
          symbol: values.symbol,
          session: values.session,
        });
        if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
          if (meta.title) throw new UsageError('--title names one document; leave it out when importing a folder.');
          await importFolder(db, target, { recursive: values.recursive === true, meta, json });
          return;
        }
        const content = readFileSync(target);
        log(`Importing ${target} …`);
        const { document, changed } = await importCorpusFile(db, { name: path.basename(target), content, meta });
        log(
          changed
            ? `Imported ${document.id} (${document.paragraphs.length} paragraphs).`
            : `${document.id} is already in the corpus, unchanged.`,
        );
        printResult(document, json, (d: typeof document) => `${d.id}: ${d.title} (${d.paragraphs.length} paragraphs)`);
        return;
      }
      case 'remove': {
        if (!target) throw new UsageError(usage);
        await removeCorpusDocument(db, target);
        printResult({ removed: target }, json, () => `Removed ${target} from the corpus.`);
        return;
      }
      default:
        throw new UsageError(usage);
    }
  } finally {
    await db.$disconnect();
  }
}
