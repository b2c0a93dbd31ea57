import { canSettleThread } from '@/lib/comments';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import type { CurrentUser } from '@/server/users/find-user';
import { findVisibleCommentThread } from './find-visible-comment-thread';
import { type CommentThreadView, readCommentThreadViews } from './read-comment-thread-views';

/**
 * Resolves or reopens a thread: the delegation that opened it, or the facilitator for a shared one. Asking for the
 * standing it already has is refused with what it is, so two people clicking at once learn that the other was first.
 */
export async function settleCommentThread(
  db: Db,
  user: CurrentUser,
  threadId: string,
  outcome: 'resolve' | 'reopen',
): Promise<CommentThreadView> {
  const { access, thread } = await findVisibleCommentThread(db, user, threadId, 'draft:read');
  const viewer = { role: access.role, delegationCode: access.delegation.code };
  if (!canSettleThread(thread, viewer))
    throw new AppError(
      'forbidden',
      'Only the delegation that opened this thread, or the facilitator, may resolve or reopen it.',
      'thread-settle-not-allowed',
    );
  if (access.draft.archivedAt) throw new AppError('conflict', 'This draft is archived: it can be read but not changed.', 'draft-archived');
  const resolving = outcome === 'resolve';
  const fresh = await db.$transaction(async (tx) => {
    const changed = await tx.commentThread.updateMany({
      where: { id: thread.id, resolvedAt: resolving ? null : { not: null } },
      data: resolving ? { resolvedAt: new Date(), resolvedById: user.id } : { resolvedAt: null, resolvedById: null },
    });
    if (changed.count === 0)
      throw resolving
        ? new AppError('conflict', 'This thread is already resolved.', 'thread-already-resolved')
        : new AppError('conflict', 'This thread is already open.', 'thread-already-open');
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: access.delegation.code,
      action: resolving ? 'comment.resolve' : 'comment.reopen',
      target: thread.id,
      negotiationId: access.negotiation.id,
      draftId: access.draft.id,
      detail: { paragraphId: thread.paragraphId, threadId: thread.id, internal: thread.internal },
    });
    return tx.commentThread.findUniqueOrThrow({ where: { id: thread.id }, include: { comments: true } });
  });
  const [view] = await readCommentThreadViews(db, [fresh], viewer);
  return view!;
}
