import { parseDocument } from '@/lib/corpus/parse-document';
import { buildVocabulary } from '@/lib/text/vocabulary';
import { readImportText } from '@/server/corpus/read-import-text';
import { readDraftDocument } from '@/server/drafts/read-draft-document';
import type { ParseJob, ParseOutcome } from './parse-job';

/** The parsing of an import, all of it CPU work: it runs in the parse worker, never on a request thread. */
export async function runParseJob(job: ParseJob): Promise<ParseOutcome> {
  if (job.kind === 'draft') return { kind: 'draft', ...(await readDraftDocument(job)) };
  const read = await readImportText(job);
  if ('document' in read) return { kind: 'corpus', document: read.document };
  const { text, format } = read;
  const vocabulary = buildVocabulary(job.corpusTexts);
  return { kind: 'corpus', document: parseDocument(text, { format, name: job.name, meta: job.meta, vocabulary }) };
}
