/** One person's visit record for a draft (or, without snapshots, a negotiation). */
export interface VisitState {
  visitedAt: Date;
  snapshot: string | null;
  previousVisitedAt: Date | null;
  previousSnapshot: string | null;
}

/**
 * The record after a visit at `at` seeing `snapshot`. Visits closer together than `sittingMs` are one sitting
 * (ZERO_DRAFT_VISIT_SITTING_MINUTES, default 30), so a reload or a quick look elsewhere does not wipe the
 * comparison. Within the sitting of the last visit, "current" is
 * refreshed and "previous" (what "since I last looked" compares with) kept; after a longer absence, the
 * last visit becomes "previous". A visit dated before the last one (clocks, concurrent requests) changes nothing.
 */
export function rollVisit(last: VisitState | null, at: Date, snapshot: string | null, sittingMs: number): VisitState {
  if (!last) return { visitedAt: at, snapshot, previousVisitedAt: null, previousSnapshot: null };
  if (at.getTime() < last.visitedAt.getTime()) return last;
  if (at.getTime() - last.visitedAt.getTime() < sittingMs) {
    return { visitedAt: at, snapshot, previousVisitedAt: last.previousVisitedAt, previousSnapshot: last.previousSnapshot };
  }
  return { visitedAt: at, snapshot, previousVisitedAt: last.visitedAt, previousSnapshot: last.snapshot };
}
