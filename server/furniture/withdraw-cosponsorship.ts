import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import type { CurrentUser } from '@/server/users/find-user';
import { type DraftFurnitureView, readDraftFurniture } from './read-draft-furniture';

/** The person's own delegation (as the roster says, never as a request names it) leaves the draft's co-sponsors. */
export async function withdrawCosponsorship(db: Db, user: CurrentUser, draftId: string): Promise<DraftFurnitureView> {
  const access = await checkDraftAccess(db, user, draftId, 'draft:cosponsor');
  const { delegation } = access;
  const withdrawn = await db.$transaction(async (tx) => {
    const { count } = await tx.draftCosponsor.deleteMany({ where: { draftId, delegationId: delegation.id } });
    if (count === 0) return false;
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: delegation.code,
      action: 'draft.cosponsor.withdraw',
      target: draftId,
      draftId,
      negotiationId: access.draft.negotiationId,
      detail: { delegation: { code: delegation.code, name: delegation.name } },
    });
    return true;
  });
  if (!withdrawn)
    throw new AppError('conflict', `${delegation.name} does not co-sponsor this draft.`, 'not-cosponsor', { delegation: delegation.name });
  return readDraftFurniture(db, draftId);
}
