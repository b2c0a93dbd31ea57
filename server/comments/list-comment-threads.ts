import type { Db } from '@/server/db/client';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import type { CurrentUser } from '@/server/users/find-user';
import { type CommentThreadView, readCommentThreadViews } from './read-comment-thread-views';

/**
 * A draft's comment threads the person may see, oldest first: every shared thread and their own delegation's
 * internal ones. Another delegation's internal threads are not read at all.
 */
export async function listCommentThreads(db: Db, user: CurrentUser, draftId: string): Promise<CommentThreadView[]> {
  const access = await checkDraftAccess(db, user, draftId, 'draft:read');
  const rows = await db.commentThread.findMany({
    where: { draftId: access.draft.id, OR: [{ internal: false }, { delegationCode: access.delegation.code }] },
    include: { comments: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return readCommentThreadViews(db, rows, { role: access.role, delegationCode: access.delegation.code });
}
