import { loadBuiltInCorpus } from '@/lib/corpus/load-built-in-corpus';
import type { CorpusImportReport } from '@/lib/corpus/types';
import { readConfig } from '@/server/config/read-config';
import type { Db } from '@/server/db/client';
import { listTopics } from './list-topics';
import { saveCorpusDocument } from './save-corpus-document';
import { saveTopics } from './save-topics';

export interface BuiltInCorpusResult {
  report: CorpusImportReport;
  changedDocuments: number;
  topicsChanged: boolean;
}

/** Idempotent: documents whose content did not change are left as they are. */
export async function loadBuiltInCorpusIntoDb(
  db: Db,
  onProgress: (done: number, total: number, title: string) => void = () => {},
): Promise<BuiltInCorpusResult> {
  const parsed = loadBuiltInCorpus(readConfig().corpusDir);
  let changedDocuments = 0;
  for (const [index, document] of parsed.documents.entries()) {
    const { changed } = await saveCorpusDocument(db, document, { builtIn: true });
    if (changed) changedDocuments += 1;
    onProgress(index + 1, parsed.documents.length, document.title);
  }
  const current = await listTopics(db);
  const topicsChanged = JSON.stringify(current) !== JSON.stringify(parsed.topics);
  if (topicsChanged) await saveTopics(db, parsed.topics);
  return { report: parsed.report, changedDocuments, topicsChanged };
}
