import { chairCode, chairName } from '@/lib/attribution/chair-edit';
import { traceWords, type TracedRun } from '@/lib/attribution/trace-words';
import { readDraftChangeRecords } from '@/server/compare/read-draft-change-records';
import type { Db } from '@/server/db/client';
import type { StoredRevision } from './find-revision';

export interface RevisionTrace {
  /** Each paragraph's runs of words with where they came from, by paragraph id. */
  paragraphs: Map<string, TracedRun[]>;
  /** Delegation names by code, for saying whose proposal. */
  names: Record<string, string>;
}

/**
 * Every word of a revision with who introduced it and by which decision, from
 * the records up to its issue (accepted proposals and chair edits).
 */
export async function traceRevisionWords(db: Db, revision: StoredRevision): Promise<RevisionTrace> {
  const [records, delegations] = await Promise.all([
    readDraftChangeRecords(db, revision.draftId, null, new Date(revision.issuedAt)),
    db.delegation.findMany({ select: { code: true, name: true } }),
  ]);
  const paragraphs = new Map(
    revision.snapshot.paragraphs.map((paragraph) => [
      paragraph.id,
      traceWords(
        paragraph.text,
        records.filter((record) => record.paragraphId === paragraph.id),
      ),
    ]),
  );
  return { paragraphs, names: { ...Object.fromEntries(delegations.map((d) => [d.code, d.name])), [chairCode]: chairName } };
}
