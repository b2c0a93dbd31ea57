import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import type { CurrentUser } from '@/server/users/find-user';
import { type DraftFurnitureView, readDraftFurniture } from './read-draft-furniture';

/**
 * Sets (or, with null, clears) the delegation printed as the draft's sponsor: one taking part in its negotiation.
 * A co-sponsor made main sponsor leaves the co-sponsors, in the same transaction as the change and its audit row.
 */
export async function setMainSponsor(db: Db, user: CurrentUser, draftId: string, delegationId: string | null): Promise<DraftFurnitureView> {
  const access = await checkDraftAccess(db, user, draftId, 'draft:set-sponsor');
  const negotiationId = access.draft.negotiationId;
  const sponsor = delegationId
    ? await db.negotiationDelegation.findUnique({
        where: { negotiationId_delegationId: { negotiationId, delegationId } },
        select: { delegation: { select: { id: true, code: true, name: true } } },
      })
    : null;
  if (delegationId && !sponsor)
    throw new AppError(
      'invalid-input',
      'The main sponsor must be a delegation taking part in this negotiation.',
      'main-sponsor-not-taking-part',
    );
  const before = await readDraftFurniture(db, draftId);
  if ((before.mainSponsor?.id ?? null) === delegationId) return before;
  const leavesCosponsors = sponsor ? before.coSponsors.some((delegation) => delegation.id === sponsor.delegation.id) : false;
  await db.$transaction(async (tx) => {
    await tx.draft.update({ where: { id: draftId }, data: { mainSponsorId: delegationId } });
    if (sponsor && leavesCosponsors) await tx.draftCosponsor.deleteMany({ where: { draftId, delegationId: sponsor.delegation.id } });
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: access.delegation.code,
      action: 'draft.sponsor.set',
      target: draftId,
      draftId,
      negotiationId,
      detail: {
        sponsor: sponsor ? { code: sponsor.delegation.code, name: sponsor.delegation.name } : null,
        previous: before.mainSponsor ? { code: before.mainSponsor.code, name: before.mainSponsor.name } : null,
        ...(leavesCosponsors ? { leftCosponsors: true } : {}),
      },
    });
  });
  return readDraftFurniture(db, draftId);
}
