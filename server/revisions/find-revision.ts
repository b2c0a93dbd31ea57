import type { RevisionSnapshot } from '@/lib/revisions/types';
import type { Db } from '@/server/db/client';

export interface StoredRevision {
  id: string;
  draftId: string;
  name: string;
  issuedAt: string;
  issuedById: string;
  snapshot: RevisionSnapshot;
}

export async function findRevision(db: Db, id: string): Promise<StoredRevision | null> {
  const revision = await db.revision.findUnique({ where: { id } });
  if (!revision) return null;
  return {
    id: revision.id,
    draftId: revision.draftId,
    name: revision.name,
    issuedAt: revision.createdAt.toISOString(),
    issuedById: revision.issuedById,
    snapshot: JSON.parse(revision.snapshot) as RevisionSnapshot,
  };
}
