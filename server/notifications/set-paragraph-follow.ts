import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import type { CurrentUser } from '@/server/users/find-user';

export interface ParagraphFollowChoice {
  draftId: string;
  negotiationId: string;
  paragraphId: string;
  /** The delegation the person acts as in the negotiation. */
  delegationCode: string;
  follow: boolean;
}

/**
 * A delegation's own choice about a paragraph: follow it ("chosen") or stop ("muted", which proposing or commenting
 * there later does not undo). The choice and its audit row are written together.
 */
export async function setParagraphFollow(
  db: Db,
  user: CurrentUser,
  choice: ParagraphFollowChoice,
): Promise<{ paragraphId: string; following: boolean }> {
  const { draftId, paragraphId, delegationCode } = choice;
  const paragraph = await db.draftParagraph.findFirst({ where: { draftId, id: paragraphId }, select: { id: true } });
  if (!paragraph) {
    throw new AppError(
      'not-found',
      `This draft has no paragraph "${paragraphId}" (a paragraph added a moment ago is known after its first save: try again).`,
      'follow-paragraph-unknown',
      { id: paragraphId },
    );
  }
  const reason = choice.follow ? 'chosen' : 'muted';
  await db.$transaction(async (tx) => {
    await tx.paragraphFollow.upsert({
      where: { draftId_paragraphId_delegationCode: { draftId, paragraphId, delegationCode } },
      create: { draftId, paragraphId, delegationCode, reason },
      update: { reason },
    });
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode,
      action: choice.follow ? 'paragraph.follow' : 'paragraph.unfollow',
      target: paragraphId,
      negotiationId: choice.negotiationId,
      draftId,
    });
  });
  return { paragraphId, following: choice.follow };
}
