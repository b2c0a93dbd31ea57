import { keepAudibleMentions, parseMentions } from '@/lib/comments';
import type { Db } from '@/server/db/client';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import type { CurrentUser } from '@/server/users/find-user';
import { announceComment } from './announce-comment';
import { findVisibleCommentThread } from './find-visible-comment-thread';
import { listRosterDelegationCodes } from './list-roster-delegation-codes';
import { refuseCommentBody } from './refuse-comment-body';
import { type CommentThreadView, readCommentThreadViews } from './read-comment-thread-views';

/**
 * Adds a comment to a thread the person can see, in the name of their delegation as the roster has it now. A reply
 * to a resolved thread reopens nothing by itself: the conversation goes on and its standing stays as decided.
 */
export async function replyToCommentThread(db: Db, user: CurrentUser, threadId: string, body: string): Promise<CommentThreadView> {
  const { access, thread } = await findVisibleCommentThread(db, user, threadId, 'comment:write');
  const commentBody = refuseCommentBody(body);
  const delegation = access.delegation;
  const mentions = keepAudibleMentions(thread, parseMentions(commentBody, await listRosterDelegationCodes(db, access.negotiation.id)));
  const commentId = await db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: {
        threadId: thread.id,
        authorId: user.id,
        authorName: user.name,
        delegationCode: delegation.code,
        body: commentBody,
        mentions: JSON.stringify(mentions),
      },
    });
    await tx.commentThread.update({ where: { id: thread.id }, data: { updatedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: delegation.code,
      action: 'comment.reply',
      target: thread.id,
      negotiationId: access.negotiation.id,
      draftId: access.draft.id,
      detail: {
        paragraphId: thread.paragraphId,
        threadId: thread.id,
        commentId: comment.id,
        internal: thread.internal,
        ...(thread.internal ? {} : { body: commentBody, mentions }),
      },
    });
    if (!thread.internal)
      await tx.paragraphFollow.upsert({
        where: {
          draftId_paragraphId_delegationCode: { draftId: thread.draftId, paragraphId: thread.paragraphId, delegationCode: delegation.code },
        },
        create: { draftId: thread.draftId, paragraphId: thread.paragraphId, delegationCode: delegation.code, reason: 'commented' },
        update: {},
      });
    return comment.id;
  });
  if (!thread.internal)
    await announceComment(db, {
      negotiationId: access.negotiation.id,
      draftId: access.draft.id,
      draftTitle: access.draft.title,
      paragraphId: thread.paragraphId,
      commentId,
      delegation,
      body: commentBody,
      mentions,
    });
  const fresh = await db.commentThread.findUniqueOrThrow({ where: { id: thread.id }, include: { comments: true } });
  const [view] = await readCommentThreadViews(db, [fresh], { role: access.role, delegationCode: delegation.code });
  return view!;
}
