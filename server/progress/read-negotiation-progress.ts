import { type NegotiationProgress, sumNegotiationProgress } from '@/lib/progress';
import type { Db } from '@/server/db/client';
import { listNegotiationDrafts } from '@/server/negotiations/list-negotiation-drafts';
import { readDraftProgress } from './read-draft-progress';

/**
 * A negotiation's drafts (not archived, most recently changed first) summed, with each draft's own bar. The caller
 * has checked that the person may read the negotiation; its drafts are then readable too.
 */
export async function readNegotiationProgress(db: Db, negotiationId: string, now: Date = new Date()): Promise<NegotiationProgress> {
  const drafts = await listNegotiationDrafts(db, [negotiationId]);
  const entries = [];
  // One draft at a time: a negotiation has a handful of drafts, and SQLite serves one reader at a time anyway.
  for (const draft of drafts) entries.push({ draftId: draft.id, title: draft.title, progress: await readDraftProgress(db, draft.id, now) });
  return sumNegotiationProgress(entries);
}
