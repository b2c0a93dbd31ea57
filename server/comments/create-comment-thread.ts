import { keepAudibleMentions, parseMentions } from '@/lib/comments';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import type { CurrentUser } from '@/server/users/find-user';
import { announceComment } from './announce-comment';
import { listRosterDelegationCodes } from './list-roster-delegation-codes';
import { refuseCommentBody } from './refuse-comment-body';
import { type CommentThreadView, readCommentThreadViews } from './read-comment-thread-views';

export interface CommentThreadInput {
  paragraphId: string;
  body: string;
  internal: boolean;
  proposalId?: string | null;
  /** The words the thread is about, as they stood in the paragraph's text when quoted. */
  quote?: { text: string; from: number; to: number } | null;
}

export const maxQuoteLength = 1_000;

/**
 * Opens a thread in the name of the person's delegation as the roster has it now (never one named by the request),
 * with its first comment, and records it in the audit in the same transaction. A shared thread makes the delegation
 * follow the paragraph and tells its followers and the delegations it mentions; an internal one tells no one.
 */
export async function createCommentThread(
  db: Db,
  user: CurrentUser,
  draftId: string,
  input: CommentThreadInput,
): Promise<CommentThreadView> {
  const access = await checkDraftAccess(db, user, draftId, 'comment:write');
  const commentBody = refuseCommentBody(input.body);
  const paragraph = await db.draftParagraph.findUnique({
    where: { draftId_id: { draftId: access.draft.id, id: input.paragraphId } },
    select: { id: true },
  });
  if (!paragraph)
    throw new AppError('invalid-input', 'That paragraph is not in this draft (it may have just been removed).', 'paragraph-gone');
  if (input.proposalId && input.quote)
    throw new AppError('invalid-input', 'A thread is about a proposal or about some words, not both.', 'thread-proposal-or-quote');
  if (input.proposalId) {
    const proposal = await db.proposal.findFirst({
      where: { draftId: access.draft.id, id: input.proposalId, paragraphId: paragraph.id },
      select: { id: true },
    });
    if (!proposal)
      throw new AppError('invalid-input', 'That proposal is not on this paragraph (it may have just been withdrawn).', 'proposal-gone');
  }
  const quote = input.quote ? { ...input.quote, text: input.quote.text.trim() } : null;
  if (quote && (quote.text.length === 0 || quote.text.length > maxQuoteLength || quote.from < 0 || quote.to < quote.from))
    throw new AppError(
      'invalid-input',
      `Quote between 1 and ${maxQuoteLength.toLocaleString('en')} characters of the paragraph.`,
      'quote-length',
      {
        max: String(maxQuoteLength),
      },
    );

  const delegation = access.delegation;
  const standing = { delegationCode: delegation.code, internal: input.internal };
  const mentions = keepAudibleMentions(standing, parseMentions(commentBody, await listRosterDelegationCodes(db, access.negotiation.id)));
  const { thread, commentId } = await db.$transaction(async (tx) => {
    const thread = await tx.commentThread.create({
      data: {
        draftId: access.draft.id,
        paragraphId: paragraph.id,
        proposalId: input.proposalId ?? null,
        quote: quote?.text ?? null,
        quoteFrom: quote?.from ?? null,
        quoteTo: quote?.to ?? null,
        delegationCode: delegation.code,
        internal: input.internal,
        createdById: user.id,
        comments: {
          create: {
            authorId: user.id,
            authorName: user.name,
            delegationCode: delegation.code,
            body: commentBody,
            mentions: JSON.stringify(mentions),
          },
        },
      },
      include: { comments: true },
    });
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: delegation.code,
      action: 'comment.create',
      target: thread.id,
      negotiationId: access.negotiation.id,
      draftId: access.draft.id,
      // An internal comment's words stay with its delegation: the record keeps only that one was written.
      detail: {
        paragraphId: paragraph.id,
        threadId: thread.id,
        internal: input.internal,
        ...(input.internal ? {} : { body: commentBody, mentions }),
        ...(input.proposalId ? { proposalId: input.proposalId } : {}),
        ...(quote && !input.internal ? { quote: quote.text } : {}),
      },
    });
    if (!input.internal)
      await tx.paragraphFollow.upsert({
        where: {
          draftId_paragraphId_delegationCode: { draftId: access.draft.id, paragraphId: paragraph.id, delegationCode: delegation.code },
        },
        create: { draftId: access.draft.id, paragraphId: paragraph.id, delegationCode: delegation.code, reason: 'commented' },
        // Already following (by proposing, by choice) or muted by choice: the delegation's own standing is kept.
        update: {},
      });
    return { thread, commentId: thread.comments[0]!.id };
  });
  if (!input.internal)
    await announceComment(db, {
      negotiationId: access.negotiation.id,
      draftId: access.draft.id,
      draftTitle: access.draft.title,
      paragraphId: paragraph.id,
      commentId,
      delegation,
      body: commentBody,
      mentions,
    });
  const [view] = await readCommentThreadViews(db, [thread], { role: access.role, delegationCode: delegation.code });
  return view!;
}
