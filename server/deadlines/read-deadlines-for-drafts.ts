import type { DraftDeadlineState } from '@/lib/deadlines/proposal-deadline';
import type { Db } from '@/server/db/client';

/** The deadlines of several drafts in two queries (the realtime server re-reads those of its open rooms). */
export async function readDeadlinesForDrafts(db: Db, draftIds: readonly string[]): Promise<Map<string, DraftDeadlineState>> {
  const found = new Map<string, DraftDeadlineState>();
  if (draftIds.length === 0) return found;
  const drafts = await db.draft.findMany({
    where: { id: { in: [...draftIds] } },
    select: { id: true, negotiation: { select: { timeZone: true } } },
  });
  for (const draft of drafts) found.set(draft.id, { timeZone: draft.negotiation.timeZone, deadlines: [] });
  const rows = await db.proposalDeadline.findMany({ where: { draftId: { in: [...draftIds] } }, orderBy: { paragraphId: 'asc' } });
  for (const row of rows) {
    found.get(row.draftId)?.deadlines.push({
      id: row.id,
      paragraphId: row.paragraphId,
      closesAt: row.closesAt.toISOString(),
      note: row.note,
      reopenedAt: row.reopenedAt?.toISOString() ?? null,
    });
  }
  return found;
}
