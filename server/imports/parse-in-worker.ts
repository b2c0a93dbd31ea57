import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { DocxImportError } from '@/lib/docx/docx-import-error';
import { AppError } from '@/server/errors/app-error';
import type { ParseFailure, ParseJob, ParseOutcome, ParseWorkerReply } from './parse-job';

/** A 20 MB text takes seconds; a file still unread after this is refused rather than left to hold a core. */
const PARSE_BUDGET_MS = 60_000;
const PARSE_MEMORY_MB = 1536;
/** One core stays free for the requests of everyone else. */
const MAX_RUNNING = Math.max(1, os.availableParallelism() - 1);
const MAX_WAITING = 8;

let running = 0;
const waiting: (() => void)[] = [];

function takeTurn(): Promise<void> {
  if (running < MAX_RUNNING) {
    running += 1;
    return Promise.resolve();
  }
  if (waiting.length >= MAX_WAITING) {
    return Promise.reject(
      new AppError(
        'unavailable',
        `The server is already reading ${running + waiting.length} imports. Try again in a minute; nothing was saved.`,
        'imports-busy',
        { count: String(running + waiting.length) },
      ),
    );
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function passTurn(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

function raiseFailure(failure: ParseFailure): Error {
  if (failure.name === 'CorpusParseError') return new CorpusParseError(failure.message, failure.line ?? 1, failure.reason, failure.params);
  if (failure.name === 'DocxImportError') return new DocxImportError(failure.message, { reason: failure.reason, params: failure.params });
  return new Error(`The parse worker failed: ${failure.message}`);
}

/**
 * Large plain-JavaScript modules a job needs, loaded before tsx hooks in: tsx rewrites every module it loads with
 * a source map, which takes seconds for pdf.js's 2 MB and well under one second without it.
 */
function preloadsFor(job: ParseJob): string[] {
  if (path.extname(job.name).toLowerCase() !== '.pdf') return [];
  const folder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'pdfjs-dist', 'legacy', 'build');
  return ['pdf.worker.mjs', 'pdf.mjs'].map((file) => pathToFileURL(path.join(/*turbopackIgnore: true*/ folder, file)).href);
}

/**
 * The worker runs the project's TypeScript sources through tsx, as the CLI
 * does, so the parser is one code base whether the web app (bundled by Next),
 * the CLI or a test starts it. Like the database path, it is found from the
 * folder the app runs in.
 */
function startWorker(job: ParseJob): Worker {
  const entry = pathToFileURL(path.join(/*turbopackIgnore: true*/ process.cwd(), 'server', 'imports', 'parse-worker.ts')).href;
  const preloads = JSON.stringify(preloadsFor(job));
  const bootstrap =
    `Promise.all(${preloads}.map((url) => import(url)))` +
    `.then(() => import('tsx/esm/api')).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, {
    eval: true,
    workerData: job,
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: PARSE_MEMORY_MB },
  });
}

/**
 * Parses an import in a worker thread with a time and memory budget, so a
 * large or pathological file never holds the request thread: sign-in,
 * realtime tickets and other users' requests are answered meanwhile. At most
 * `MAX_RUNNING` parses run at once; the others wait their turn.
 */
export async function parseInWorker(job: ParseJob, options: { budgetMs?: number } = {}): Promise<ParseOutcome> {
  const budgetMs = options.budgetMs ?? PARSE_BUDGET_MS;
  await takeTurn();
  try {
    return await new Promise<ParseOutcome>((resolve, reject) => {
      const worker = startWorker(job);
      let settled = false;
      const settle = (action: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        action();
      };
      const timer = setTimeout(() => {
        settle(() =>
          reject(
            new AppError(
              'too-large',
              `Reading ${job.name} took longer than ${budgetMs / 1000} seconds, so the import was stopped and nothing was saved. ` +
                'Split the file (for example one resolution per file) and import the parts.',
              'import-too-slow',
              { name: job.name, seconds: String(budgetMs / 1000) },
            ),
          ),
        );
      }, budgetMs);
      worker.on('message', (reply: ParseWorkerReply) => {
        settle(() => (reply.ok ? resolve(reply.outcome) : reject(raiseFailure(reply.failure))));
      });
      worker.on('error', (error: Error & { code?: string }) => {
        settle(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new AppError(
                  'too-large',
                  `${job.name} needs more memory to read than an import may use, so the import was stopped and nothing was saved. ` +
                    'Split it into smaller files and import them one by one.',
                  'import-out-of-memory',
                  { name: job.name },
                )
              : error,
          ),
        );
      });
      worker.on('exit', (code) => {
        settle(() => reject(new Error(`The parse worker stopped (exit code ${code}) before answering.`)));
      });
    });
  } finally {
    passTurn();
  }
}
