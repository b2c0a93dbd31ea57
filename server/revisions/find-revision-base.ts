import type { Db } from '@/server/db/client';
import type { StoredRevision } from './find-revision';

/** The text a revision is read against: the revision before it, else the corpus document the draft started from. */
export async function findRevisionBase(db: Db, revision: StoredRevision): Promise<string | null> {
  const previous = await db.revision.findFirst({
    where: { draftId: revision.draftId, createdAt: { lt: new Date(revision.issuedAt) } },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  if (previous) return `revision:${previous.id}`;
  const draft = await db.draft.findUnique({ where: { id: revision.draftId }, select: { baseDocumentId: true } });
  return draft?.baseDocumentId ?? null;
}
