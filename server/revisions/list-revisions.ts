import type { Db } from '@/server/db/client';

export interface RevisionListing {
  id: string;
  name: string;
  issuedAt: string;
  issuedBy: string;
  paragraphs: number;
}

export async function listRevisions(db: Db, draftId: string): Promise<RevisionListing[]> {
  const revisions = await db.revision.findMany({ where: { draftId }, orderBy: { createdAt: 'asc' } });
  const issuers = await db.user.findMany({
    where: { id: { in: revisions.map((revision) => revision.issuedById) } },
    include: { delegation: true },
  });
  const nameOf = new Map(issuers.map((user) => [user.id, `${user.name} (${user.delegation.name})`]));
  return revisions.map((revision) => ({
    id: revision.id,
    name: revision.name,
    issuedAt: revision.createdAt.toISOString(),
    issuedBy: nameOf.get(revision.issuedById) ?? 'unknown',
    paragraphs: (JSON.parse(revision.snapshot) as { paragraphs: unknown[] }).paragraphs.length,
  }));
}
