import type { Db } from '@/server/db/client';
import { notifyPeople } from '@/server/notifications/notify-people';

export interface CommentAnnouncement {
  negotiationId: string;
  draftId: string;
  draftTitle: string;
  paragraphId: string;
  commentId: string;
  delegation: { code: string; name: string };
  body: string;
  mentions: readonly string[];
}

const excerptLength = 280;

/**
 * Tells the mentioned delegations, then the paragraph's followers, of a shared comment. Both share one dedupe key, so
 * a mentioned delegation that also follows hears of it once, as a mention. Never called for an internal comment.
 */
export async function announceComment(db: Db, announcement: CommentAnnouncement): Promise<void> {
  const { delegation, draftId, paragraphId } = announcement;
  const excerpt = announcement.body.length > excerptLength ? `${announcement.body.slice(0, excerptLength - 1)}…` : announcement.body;
  const common = {
    negotiationId: announcement.negotiationId,
    draftId,
    body: `${delegation.code}: ${excerpt}`,
    link: `/drafts/${encodeURIComponent(draftId)}#paragraph-${encodeURIComponent(paragraphId)}`,
    actorDelegation: delegation.code,
    dedupeKey: `comment:${announcement.commentId}`,
  };
  if (announcement.mentions.length > 0)
    await notifyPeople(db, {
      ...common,
      kind: 'mention',
      title: `${delegation.name} mentioned your delegation in a comment on “${announcement.draftTitle}”`,
      message: { key: 'mention', values: { delegation: delegation.name, draft: announcement.draftTitle } },
      audience: { delegations: announcement.mentions },
    });
  await notifyPeople(db, {
    ...common,
    kind: 'comment.created',
    title: `${delegation.name} commented on a paragraph you follow in “${announcement.draftTitle}”`,
    message: { key: 'commentCreated', values: { delegation: delegation.name, draft: announcement.draftTitle } },
    audience: { followersOf: { draftId, paragraphId } },
  });
}
