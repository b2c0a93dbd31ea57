import { Prisma } from '@/generated/prisma/client';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import type { CurrentUser } from '@/server/users/find-user';
import { type DraftFurnitureView, readDraftFurniture } from './read-draft-furniture';

/**
 * The person's own delegation joins the draft's co-sponsors, after those already there. The delegation is the one the
 * roster says the person acts for here, never one a request names: nobody co-sponsors for another delegation.
 */
export async function joinCosponsorship(db: Db, user: CurrentUser, draftId: string): Promise<DraftFurnitureView> {
  const access = await checkDraftAccess(db, user, draftId, 'draft:cosponsor');
  const { delegation } = access;
  const negotiationId = access.draft.negotiationId;
  const before = await readDraftFurniture(db, draftId);
  if (before.mainSponsor?.id === delegation.id)
    throw new AppError('conflict', `${delegation.name} is the main sponsor of this draft already.`, 'already-main-sponsor', {
      delegation: delegation.name,
    });
  if (before.coSponsors.some((cosponsor) => cosponsor.id === delegation.id))
    throw new AppError('conflict', `${delegation.name} co-sponsors this draft already.`, 'already-cosponsor', {
      delegation: delegation.name,
    });
  const taking = await db.negotiationDelegation.findUnique({
    where: { negotiationId_delegationId: { negotiationId, delegationId: delegation.id } },
    select: { delegationId: true },
  });
  if (!taking)
    throw new AppError('forbidden', `${delegation.name} does not take part in this negotiation.`, 'delegation-not-taking-part', {
      delegation: delegation.name,
    });
  // Joining order is printed: a delegation joining within the same millisecond as the last still comes after it.
  const last = await db.draftCosponsor.findFirst({ where: { draftId }, orderBy: { joinedAt: 'desc' }, select: { joinedAt: true } });
  const joinedAt = new Date(Math.max(Date.now(), (last?.joinedAt.getTime() ?? 0) + 1));
  try {
    await db.$transaction(async (tx) => {
      await tx.draftCosponsor.create({ data: { draftId, delegationId: delegation.id, joinedAt } });
      await recordAuditEvent(tx, {
        actor: user,
        delegationCode: delegation.code,
        action: 'draft.cosponsor.join',
        target: draftId,
        draftId,
        negotiationId,
        detail: { delegation: { code: delegation.code, name: delegation.name } },
      });
    });
  } catch (error) {
    // Two members of one delegation clicking at once: the key, not the read above, decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new AppError('conflict', `${delegation.name} co-sponsors this draft already.`, 'already-cosponsor', {
        delegation: delegation.name,
      });
    throw error;
  }
  return readDraftFurniture(db, draftId);
}
