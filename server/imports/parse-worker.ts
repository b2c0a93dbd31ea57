/**
 * Entry of the parse worker thread (started by `parseInWorker`): reads the
 * job it was given, answers once with the outcome or the failure, and lets
 * the thread end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseFailure, ParseJob, ParseWorkerReply } from './parse-job';
import { runParseJob } from './run-parse-job';

function describeFailure(error: unknown): ParseFailure {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const { reason, params } = error as { reason?: string; params?: Record<string, string> };
  const named = reason ? { reason, ...(params ? { params } : {}) } : {};
  if (name === 'CorpusParseError') return { name, message, line: (error as { line?: number }).line, ...named };
  if (name === 'DocxImportError') return { name, message, ...named };
  // Internal faults keep their stack for the server log; the user is told something generic.
  return { name: 'Error', message: error instanceof Error && error.stack ? error.stack : message };
}

runParseJob(workerData as ParseJob).then(
  (outcome) => parentPort!.postMessage({ ok: true, outcome } satisfies ParseWorkerReply),
  (error: unknown) => parentPort!.postMessage({ ok: false, failure: describeFailure(error) } satisfies ParseWorkerReply),
);
