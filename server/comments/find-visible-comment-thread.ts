import { canSeeThread } from '@/lib/comments';
import type { Action } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess, type DraftAccess } from '@/server/negotiations/check-access';
import type { CurrentUser } from '@/server/users/find-user';
import type { CommentThreadRow } from './read-comment-thread-views';

export interface VisibleCommentThread {
  access: DraftAccess;
  thread: CommentThreadRow;
}

/**
 * A thread the person may see, with their standing in its draft. Another delegation's internal thread, or one in a
 * negotiation they cannot see, answers "not found" exactly like an id that does not exist.
 */
export async function findVisibleCommentThread(db: Db, user: CurrentUser, threadId: string, action: Action): Promise<VisibleCommentThread> {
  const missing = new AppError('not-found', `There is no comment thread "${threadId}".`, 'no-comment-thread', { id: threadId });
  const thread = await db.commentThread.findUnique({ where: { id: threadId }, include: { comments: true } });
  if (!thread) throw missing;
  let access: DraftAccess;
  try {
    access = await checkDraftAccess(db, user, thread.draftId, 'draft:read');
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') throw missing;
    throw error;
  }
  if (!canSeeThread(thread, { role: access.role, delegationCode: access.delegation.code })) throw missing;
  return { access: await checkDraftAccess(db, user, thread.draftId, action), thread };
}
