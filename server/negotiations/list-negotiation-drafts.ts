import type { Db } from '@/server/db/client';

export interface DraftListing {
  id: string;
  title: string;
  negotiationId: string;
  updatedAt: Date;
  /** What the draft started from, for people: a corpus number or title, an earlier draft's title, or null for blank. */
  basedOn: { kind: 'document' | 'draft'; label: string } | null;
}

/**
 * The drafts in the given negotiations that are not archived, most recently changed first. Callers pass only
 * negotiations the person may see (from `listVisibleNegotiations` or an access check).
 */
export async function listNegotiationDrafts(db: Db, negotiationIds: readonly string[]): Promise<DraftListing[]> {
  if (negotiationIds.length === 0) return [];
  const drafts = await db.draft.findMany({
    where: { negotiationId: { in: [...negotiationIds] }, archivedAt: null },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, title: true, negotiationId: true, updatedAt: true, baseDocumentId: true, baseDraftId: true },
  });
  const documentIds = [...new Set(drafts.flatMap((draft) => (draft.baseDocumentId ? [draft.baseDocumentId] : [])))];
  const baseDraftIds = [...new Set(drafts.flatMap((draft) => (draft.baseDraftId ? [draft.baseDraftId] : [])))];
  const [documents, baseDrafts] = await Promise.all([
    documentIds.length
      ? db.corpusDocument.findMany({ where: { id: { in: documentIds } }, select: { id: true, number: true, title: true } })
      : [],
    // A base draft is always of the same negotiation (drafts never start from another negotiation's text).
    baseDraftIds.length ? db.draft.findMany({ where: { id: { in: baseDraftIds } }, select: { id: true, title: true } }) : [],
  ]);
  const documentLabels = new Map(documents.map((document) => [document.id, document.number ?? document.title]));
  const draftTitles = new Map(baseDrafts.map((draft) => [draft.id, draft.title]));
  return drafts.map(({ baseDocumentId, baseDraftId, ...draft }) => ({
    ...draft,
    basedOn: baseDraftId
      ? { kind: 'draft', label: draftTitles.get(baseDraftId) ?? baseDraftId }
      : baseDocumentId
        ? { kind: 'document', label: documentLabels.get(baseDocumentId) ?? baseDocumentId }
        : null,
  }));
}
