import { rollVisit } from '@/lib/visits/roll-visit';
import type { Db } from '@/server/db/client';
import { readRevisionRecord } from '@/server/revisions/read-revision-record';

/**
 * Records that the person opened the draft, with the draft's stored state as a revision would freeze it, so
 * "since I last looked" can later compare that state with the text then. See rollVisit for sittings.
 */
export async function recordDraftVisit(
  db: Db,
  visit: { userId: string; negotiationId: string; draftId: string },
  options: { sittingMs: number; at?: Date },
): Promise<void> {
  const at = options.at ?? new Date();
  const key = { userId_negotiationId_draftId: visit };
  const [last, snapshot] = await Promise.all([db.visit.findUnique({ where: key }), readRevisionRecord(db, visit.draftId)]);
  const next = rollVisit(last, at, JSON.stringify(snapshot), options.sittingMs);
  if (next === last) return;
  await db.visit.upsert({ where: key, create: { ...visit, ...next }, update: next });
}
