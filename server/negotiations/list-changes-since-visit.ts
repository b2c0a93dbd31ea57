import type { Db } from '@/server/db/client';

const latestShown = 3;

export interface ChangesSinceVisit {
  negotiationId: string;
  /** Null when the person has never opened the negotiation: everything in it is new to them. */
  since: Date | null;
  draftsUpdated: { count: number; latest: { id: string; title: string; updatedAt: Date }[] };
  revisionsIssued: { count: number; latest: { id: string; name: string; draftId: string; draftTitle: string; issuedAt: Date }[] };
  proposalsMade: {
    count: number;
    latest: { id: string; draftId: string; draftTitle: string; delegation: string; kind: string; createdAt: Date }[];
  };
}

/**
 * What changed in each negotiation since the person's last visit there: drafts edited, revisions issued and
 * proposals made (tabled ones only: unpublished preparation lives elsewhere and is never counted here).
 * Callers pass only negotiations the person may see.
 */
export async function listChangesSinceVisit(
  db: Db,
  visits: readonly { negotiationId: string; lastVisitAt: Date | null }[],
): Promise<ChangesSinceVisit[]> {
  return Promise.all(
    visits.map(async ({ negotiationId, lastVisitAt }) => {
      const after = lastVisitAt ? { gt: lastVisitAt } : undefined;
      const inNegotiation = { negotiationId, archivedAt: null };
      const draftWhere = { ...inNegotiation, ...(after ? { updatedAt: after } : {}) };
      const revisionWhere = { draft: inNegotiation, ...(after ? { createdAt: after } : {}) };
      const proposalWhere = { draft: inNegotiation, ...(after ? { createdAt: after } : {}) };
      const [draftCount, drafts, revisionCount, revisions, proposalCount, proposals] = await Promise.all([
        db.draft.count({ where: draftWhere }),
        db.draft.findMany({
          where: draftWhere,
          orderBy: { updatedAt: 'desc' },
          take: latestShown,
          select: { id: true, title: true, updatedAt: true },
        }),
        db.revision.count({ where: revisionWhere }),
        db.revision.findMany({
          where: revisionWhere,
          orderBy: { createdAt: 'desc' },
          take: latestShown,
          select: { id: true, name: true, draftId: true, createdAt: true, draft: { select: { title: true } } },
        }),
        db.proposal.count({ where: proposalWhere }),
        db.proposal.findMany({
          where: proposalWhere,
          orderBy: { createdAt: 'desc' },
          take: latestShown,
          select: { id: true, draftId: true, delegation: true, kind: true, createdAt: true, draft: { select: { title: true } } },
        }),
      ]);
      return {
        negotiationId,
        since: lastVisitAt,
        draftsUpdated: { count: draftCount, latest: drafts },
        revisionsIssued: {
          count: revisionCount,
          latest: revisions.map((revision) => ({
            id: revision.id,
            name: revision.name,
            draftId: revision.draftId,
            draftTitle: revision.draft.title,
            issuedAt: revision.createdAt,
          })),
        },
        proposalsMade: {
          count: proposalCount,
          latest: proposals.map(({ draft, ...proposal }) => ({ ...proposal, draftTitle: draft.title })),
        },
      };
    }),
  );
}
