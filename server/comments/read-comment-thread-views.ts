import type { CommentViewer } from '@/lib/comments';
import { canSettleThread } from '@/lib/comments';
import type { CommentThreadView, CommentView } from '@/lib/comments/comment-thread-view';
import type { Db } from '@/server/db/client';

export type { CommentThreadView, CommentView };

export interface CommentThreadRow {
  id: string;
  draftId: string;
  paragraphId: string;
  proposalId: string | null;
  quote: string | null;
  quoteFrom: number | null;
  quoteTo: number | null;
  delegationCode: string;
  internal: boolean;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedById: string | null;
  comments: { id: string; authorId: string; authorName: string; delegationCode: string; body: string; mentions: string; createdAt: Date }[];
}

function parseMentionList(mentions: string): string[] {
  try {
    const value: unknown = JSON.parse(mentions);
    return Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];
  } catch {
    return [];
  }
}

/** Threads as the UI shows them: delegations by name (as they are called now), comments oldest first. */
export async function readCommentThreadViews(
  db: Db,
  rows: readonly CommentThreadRow[],
  viewer: CommentViewer,
): Promise<CommentThreadView[]> {
  const codes = new Set<string>();
  const resolverIds = new Set<string>();
  for (const row of rows) {
    codes.add(row.delegationCode);
    for (const comment of row.comments) codes.add(comment.delegationCode);
    if (row.resolvedById) resolverIds.add(row.resolvedById);
  }
  const [delegations, resolvers] = await Promise.all([
    db.delegation.findMany({ where: { code: { in: [...codes] } }, select: { code: true, name: true, colour: true } }),
    db.user.findMany({ where: { id: { in: [...resolverIds] } }, select: { id: true, name: true } }),
  ]);
  const byCode = new Map(delegations.map((delegation) => [delegation.code, delegation]));
  const names = new Map(resolvers.map((user) => [user.id, user.name]));
  const delegationOf = (code: string) => ({ code, name: byCode.get(code)?.name ?? code });
  return rows.map((row) => ({
    id: row.id,
    draftId: row.draftId,
    paragraphId: row.paragraphId,
    proposalId: row.proposalId,
    quote: row.quote ? { text: row.quote, from: row.quoteFrom, to: row.quoteTo } : null,
    delegation: { ...delegationOf(row.delegationCode), colour: byCode.get(row.delegationCode)?.colour ?? '#666666' },
    internal: row.internal,
    createdAt: row.createdAt.toISOString(),
    resolved:
      row.resolvedAt && row.resolvedById
        ? { at: row.resolvedAt.toISOString(), by: { id: row.resolvedById, name: names.get(row.resolvedById) ?? row.resolvedById } }
        : null,
    comments: [...row.comments]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((comment) => ({
        id: comment.id,
        author: { id: comment.authorId, name: comment.authorName },
        delegation: delegationOf(comment.delegationCode),
        body: comment.body,
        mentions: parseMentionList(comment.mentions),
        createdAt: comment.createdAt.toISOString(),
      })),
    canSettle: canSettleThread(row, viewer),
  }));
}
