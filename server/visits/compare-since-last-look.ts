import type { ComparisonResult } from '@/lib/compare';
import type { RevisionSnapshot } from '@/lib/revisions/types';
import { compareResolvedTexts } from '@/server/compare/compare-stored-texts';
import { readSnapshotText } from '@/server/compare/read-snapshot-text';
import { resolveComparableText } from '@/server/compare/resolve-comparable-text';
import type { Db } from '@/server/db/client';
import type { CurrentUser } from '@/server/users/find-user';

export interface SinceLastLook extends ComparisonResult {
  since: Date;
  left: string;
  right: string;
}

function parseSnapshot(stored: string): RevisionSnapshot | null {
  try {
    const snapshot = JSON.parse(stored) as RevisionSnapshot;
    return Array.isArray(snapshot?.paragraphs) ? snapshot : null;
  } catch {
    return null;
  }
}

/**
 * The draft as the person last saw it (the stored state of their previous sitting) compared with its stored
 * state now, changes credited to the delegations whose accepted proposals made them and to the Chair for its
 * edits. Null when there is no earlier visit to compare with. Callers have checked that the person may read it.
 */
export async function compareSinceLastLook(db: Db, user: CurrentUser, draftId: string): Promise<SinceLastLook | null> {
  const visit = await db.visit.findFirst({
    where: { userId: user.id, draftId, previousSnapshot: { not: null } },
    select: { previousVisitedAt: true, previousSnapshot: true },
  });
  const snapshot = visit?.previousSnapshot ? parseSnapshot(visit.previousSnapshot) : null;
  if (!visit?.previousVisitedAt || !snapshot) return null;
  const since = visit.previousVisitedAt;
  const before = readSnapshotText(snapshot, {
    key: `draft:${draftId}`,
    label: 'As you last saw it',
    draftId,
    asOf: since.toISOString(),
  });
  const now = await resolveComparableText(db, `draft:${draftId}`, { user, action: 'draft:read' });
  const result = await compareResolvedTexts(db, before, now);
  return { ...result, since, left: before.label, right: 'Now' };
}
