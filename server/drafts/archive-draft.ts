import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import type { Actor } from '@/server/negotiations/actor';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';
import { findManagedDraft } from './find-managed-draft';

/** Archived drafts are read-only and out of the lists, and stay in the record with their revisions and audit. */
export async function archiveDraft(db: Db, actor: Actor, draftId: string): Promise<void> {
  const { draft, delegationCode } = await findManagedDraft(db, actor, draftId, 'draft:archive');
  if (draft.archivedAt) throw new AppError('conflict', `"${draft.title}" is already archived.`, 'already-archived', { title: draft.title });
  await db.$transaction(async (tx) => {
    await tx.draft.update({ where: { id: draftId }, data: { archivedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor,
      delegationCode,
      action: 'draft.archive',
      target: draftId,
      draftId,
      negotiationId: draft.negotiationId,
      detail: { title: draft.title },
    });
  });
  // Open rooms become read-only: the realtime server re-checks the negotiation's connections.
  await notifyRosterChanged({ negotiationId: draft.negotiationId });
}
