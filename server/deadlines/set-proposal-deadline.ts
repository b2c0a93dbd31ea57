import { parseZonedDateTime } from '@/lib/deadlines/zoned-time';
import type { DraftDeadlineState } from '@/lib/deadlines/proposal-deadline';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyDraftRulesChanged } from '@/server/realtime/notify-draft-rules-changed';
import type { CurrentUser } from '@/server/users/find-user';
import { listDraftDeadlines } from './list-draft-deadlines';

export interface DeadlineInput {
  /** "" for the whole draft. */
  paragraphId: string;
  /** Wall-clock time in the negotiation's zone, "2026-11-27T18:00", as the facilitator typed it. */
  closesAt: string;
  note: string;
}

/**
 * Sets (or moves) the deadline for proposals on a draft or one paragraph. The time is read in the negotiation's
 * zone, as said in the room ("by 18:00 Vienna time"); setting it again closes a reopened deadline anew.
 */
export async function setProposalDeadline(db: Db, user: CurrentUser, draftId: string, input: DeadlineInput): Promise<DraftDeadlineState> {
  const access = await checkDraftAccess(db, user, draftId, 'deadline:set');
  if (access.draft.archivedAt)
    throw new AppError('conflict', 'This draft is archived: it takes no more proposals anyway.', 'draft-archived-no-proposals');
  const { timeZone } = await db.negotiation.findUniqueOrThrow({ where: { id: access.draft.negotiationId }, select: { timeZone: true } });
  const parsed = parseZonedDateTime(input.closesAt, timeZone);
  if (!parsed.ok) throw new AppError('invalid-input', parsed.reason, parsed.code, parsed.params);
  const { paragraphId, note } = input;
  await db.$transaction(async (tx) => {
    await tx.proposalDeadline.upsert({
      where: { draftId_paragraphId: { draftId, paragraphId } },
      create: { draftId, paragraphId, closesAt: parsed.at, note, setById: user.id },
      update: { closesAt: parsed.at, note, setById: user.id, reopenedAt: null },
    });
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: access.delegation.code,
      action: 'deadline.set',
      target: draftId,
      draftId,
      negotiationId: access.draft.negotiationId,
      detail: { paragraphId, closesAt: parsed.at.toISOString(), timeZone, typed: input.closesAt, note },
    });
  });
  await notifyDraftRulesChanged(draftId);
  return listDraftDeadlines(db, user, draftId);
}
