import { compactFurniture, type DraftFurniture, diffFurniture } from '@/lib/furniture/draft-furniture';
import type { Db } from '@/server/db/client';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import type { CurrentUser } from '@/server/users/find-user';
import { type DraftFurnitureView, readDraftFurniture } from './read-draft-furniture';

/**
 * Replaces the details a draft sets itself (a field left out is unset, and the negotiation's default shows again).
 * The change and its audit row (each changed field, before and after) commit together; an unchanged form writes nothing.
 */
export async function setDraftFurniture(
  db: Db,
  user: CurrentUser,
  draftId: string,
  furniture: DraftFurniture,
): Promise<DraftFurnitureView> {
  const access = await checkDraftAccess(db, user, draftId, 'draft:set-furniture');
  const before = await readDraftFurniture(db, draftId);
  const after = compactFurniture(furniture);
  const changes = diffFurniture(before.own, after);
  if (Object.keys(changes).length === 0) return before;
  await db.$transaction(async (tx) => {
    await tx.draft.update({ where: { id: draftId }, data: { furniture: JSON.stringify(after) } });
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: access.delegation.code,
      action: 'draft.furniture',
      target: draftId,
      draftId,
      negotiationId: access.draft.negotiationId,
      detail: { changes },
    });
  });
  return readDraftFurniture(db, draftId);
}
