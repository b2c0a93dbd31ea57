import { type NotificationMessage, writeNotificationParams } from '@/lib/notifications/notification-message';
import type { Db } from '@/server/db/client';

export type NotificationKind =
  | 'proposal.created'
  | 'proposal.decided'
  | 'comment.created'
  | 'mention'
  | 'revision.issued'
  | 'deadline.approaching'
  | 'silence.started'
  | 'silence.broken'
  | 'silence.adopted';

/** Who hears of an event: delegations by code, the delegations following a paragraph, or everyone on the roster. */
export type NotificationAudience =
  | { delegations: readonly string[] }
  | { followersOf: { draftId: string; paragraphId: string } }
  | { negotiation: true };

export interface NotificationInput {
  negotiationId: string;
  draftId?: string;
  kind: NotificationKind;
  /** The English sentence, for scripts and readers of the stored rows. */
  title: string;
  /** The same title as a message and its values, said in each reader's language. */
  message: NotificationMessage;
  body?: string;
  /** An app path: "/drafts/<id>#paragraph-<pid>". */
  link: string;
  /** The delegation that acted; its own members are not told of their own act. */
  actorDelegation?: string;
  /** The person who acted, never told of their own act (a facilitator acts as the Chair, not as their own delegation). */
  actorUserId?: string;
  audience: NotificationAudience;
  /** One row per person for this key, however often the event is noticed. */
  dedupeKey?: string;
}

async function listFollowingDelegations(db: Db, draftId: string, paragraphId: string): Promise<string[]> {
  const follows = await db.paragraphFollow.findMany({ where: { draftId, paragraphId }, select: { delegationCode: true, reason: true } });
  return follows.filter((follow) => follow.reason !== 'muted').map((follow) => follow.delegationCode);
}

/**
 * Writes one notification per person on the negotiation's roster in the audience, except the acting delegation's own
 * members. Only people on the roster are told: a notification never reaches someone who may not see the negotiation.
 * Returns how many were written.
 */
export async function notifyPeople(db: Db, input: NotificationInput): Promise<number> {
  const { audience } = input;
  const codes =
    'delegations' in audience
      ? [...audience.delegations]
      : 'followersOf' in audience
        ? await listFollowingDelegations(db, audience.followersOf.draftId, audience.followersOf.paragraphId)
        : null;
  if (codes !== null && codes.length === 0) return 0;
  const members = await db.negotiationMember.findMany({
    where: {
      negotiationId: input.negotiationId,
      user: { active: true, ...(codes !== null ? { delegation: { code: { in: codes } } } : {}) },
    },
    select: { userId: true, user: { select: { delegation: { select: { code: true } } } } },
  });
  const recipients = members.filter(
    (member) => member.user.delegation.code !== input.actorDelegation && member.userId !== input.actorUserId,
  );
  let written = 0;
  for (const { userId } of recipients) {
    const row = {
      userId,
      negotiationId: input.negotiationId,
      draftId: input.draftId ?? null,
      kind: input.kind,
      title: input.title,
      messageKey: input.message.key,
      params: writeNotificationParams(input.message),
      body: input.body ?? '',
      link: input.link,
      actorDelegation: input.actorDelegation ?? null,
      dedupeKey: input.dedupeKey ?? null,
    };
    if (input.dedupeKey) {
      const created = await db.notification.upsert({
        where: { userId_dedupeKey: { userId, dedupeKey: input.dedupeKey } },
        create: row,
        update: {},
      });
      if (created) written += 1;
    } else {
      await db.notification.create({ data: row });
      written += 1;
    }
  }
  return written;
}
