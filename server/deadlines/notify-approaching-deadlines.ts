import { formatDeadlineTime } from '@/lib/deadlines/proposal-deadline';
import type { Db } from '@/server/db/client';
import { notifyPeople } from '@/server/notifications/notify-people';

/** How far ahead people are told that proposals close. */
export const deadlineWarningMs = 60 * 60_000;

/**
 * Tells everyone in the negotiation, once per deadline and time, that proposals close within the hour. Run
 * again and again (every half minute by the realtime server): the dedupe key makes each person's row unique,
 * and a deadline moved to another time is announced anew. Returns how many notifications were written.
 */
export async function notifyApproachingDeadlines(db: Db, now: Date): Promise<number> {
  const closing = await db.proposalDeadline.findMany({
    where: { reopenedAt: null, closesAt: { gt: now, lte: new Date(now.getTime() + deadlineWarningMs) } },
    select: {
      id: true,
      draftId: true,
      paragraphId: true,
      closesAt: true,
      note: true,
      draft: { select: { title: true, archivedAt: true, negotiationId: true, negotiation: { select: { timeZone: true } } } },
    },
  });
  let written = 0;
  for (const deadline of closing) {
    const { draft } = deadline;
    if (draft.archivedAt) continue;
    const when = formatDeadlineTime(deadline.closesAt.toISOString(), draft.negotiation.timeZone);
    const where = deadline.paragraphId === '' ? draft.title : `a paragraph of ${draft.title}`;
    written += await notifyPeople(db, {
      negotiationId: draft.negotiationId,
      draftId: deadline.draftId,
      kind: 'deadline.approaching',
      title: `Proposals on ${where} close at ${when}`,
      message: {
        key: 'deadlineApproaching',
        values: {
          draft: draft.title,
          scope: deadline.paragraphId === '' ? 'draft' : 'paragraph',
          closesAt: deadline.closesAt.toISOString(),
          timeZone: draft.negotiation.timeZone,
        },
      },
      body: deadline.note,
      link: `/drafts/${deadline.draftId}${deadline.paragraphId === '' ? '' : `#paragraph-${deadline.paragraphId}`}`,
      audience: { negotiation: true },
      dedupeKey: `deadline:${deadline.id}:${deadline.closesAt.toISOString()}:1h`,
    });
  }
  return written;
}
