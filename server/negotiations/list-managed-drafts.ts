import type { Db } from '@/server/db/client';

export interface ManagedDraftListing {
  id: string;
  title: string;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  createdByName: string;
}

/** A negotiation's drafts for those who run it, archived ones included (they stay in the record). */
export async function listManagedDrafts(db: Db, negotiationId: string): Promise<ManagedDraftListing[]> {
  const drafts = await db.draft.findMany({
    where: { negotiationId },
    orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { updatedAt: 'desc' }],
    select: { id: true, title: true, createdAt: true, updatedAt: true, archivedAt: true, createdById: true },
  });
  const creators = await db.user.findMany({
    where: { id: { in: [...new Set(drafts.map((draft) => draft.createdById))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(creators.map((creator) => [creator.id, creator.name]));
  return drafts.map(({ createdById, ...draft }) => ({ ...draft, createdByName: nameOf.get(createdById) ?? 'someone no longer here' }));
}
