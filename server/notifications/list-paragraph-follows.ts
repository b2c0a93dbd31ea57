import type { Db } from '@/server/db/client';

export interface ParagraphFollowState {
  paragraphId: string;
  /** "proposed" | "commented" | "chosen" | "muted" */
  reason: string;
  following: boolean;
}

/** Every paragraph of a draft that a delegation follows or muted, in one read for the whole room. */
export async function listParagraphFollows(db: Db, draftId: string, delegationCode: string): Promise<ParagraphFollowState[]> {
  const rows = await db.paragraphFollow.findMany({ where: { draftId, delegationCode }, select: { paragraphId: true, reason: true } });
  return rows.map((row) => ({ paragraphId: row.paragraphId, reason: row.reason, following: row.reason !== 'muted' }));
}
