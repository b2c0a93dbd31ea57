import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import type { Actor } from '@/server/negotiations/actor';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyRosterChanged } from '@/server/realtime/notify-roster-changed';
import { findManagedDraft } from './find-managed-draft';
// The import's own revision records the import, not anyone's work.
import { asImportedRevisionName } from './save-imported-draft';

/**
 * Deletes a draft created by mistake. Only while nobody else has worked on it: no revision but the import's, no
 * proposal (tabled or in preparation) and nothing in its audit by anyone but its creator. Otherwise it can be archived.
 */
export async function deleteDraft(db: Db, actor: Actor, draftId: string): Promise<void> {
  const { draft, delegationCode } = await findManagedDraft(db, actor, draftId, 'draft:delete');
  await db.$transaction(async (tx) => {
    const [revisions, proposals, prepared, othersEvents] = await Promise.all([
      tx.revision.count({ where: { draftId, name: { not: asImportedRevisionName } } }),
      tx.proposal.count({ where: { draftId } }),
      tx.preparedProposal.count({ where: { draftId } }),
      tx.auditEvent.count({ where: { draftId, actorId: { not: draft.createdById } } }),
    ]);
    const reasons = [
      revisions > 0 ? `${revisions} revision${revisions === 1 ? ' was' : 's were'} issued` : null,
      proposals + prepared > 0 ? 'it has proposals' : null,
      othersEvents > 0 ? 'others have worked on it' : null,
    ].filter((reason) => reason !== null);
    if (reasons.length > 0) {
      // The causes as one word the catalogue can select on ("revisions_others"), in the order the sentence names them.
      const causes = [revisions > 0 ? 'revisions' : null, proposals + prepared > 0 ? 'proposals' : null, othersEvents > 0 ? 'others' : null]
        .filter((cause) => cause !== null)
        .join('_');
      throw new AppError(
        'conflict',
        `"${draft.title}" cannot be deleted: ${reasons.join(', ')}. Archive it instead.`,
        'draft-not-deletable',
        {
          title: draft.title,
          causes,
          count: String(revisions),
        },
      );
    }
    await tx.draft.delete({ where: { id: draftId } });
    await recordAuditEvent(tx, {
      actor,
      delegationCode,
      action: 'draft.delete',
      target: draftId,
      draftId,
      negotiationId: draft.negotiationId,
      detail: { title: draft.title },
    });
  });
  await notifyRosterChanged({ negotiationId: draft.negotiationId });
}
