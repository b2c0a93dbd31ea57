import type { Prisma } from '@/generated/prisma/client';
import { type DraftFurniture, readStoredFurniture } from '@/lib/furniture/draft-furniture';
import { readNegotiationDefaults, withDefaults } from '@/lib/furniture/print-furniture';
import { AppError } from '@/server/errors/app-error';

export interface FurnitureDelegation {
  id: string;
  code: string;
  name: string;
}

export interface DraftFurnitureView {
  /** What the draft sets itself. */
  own: DraftFurniture;
  /** What its negotiation gives where the draft sets nothing (body, session, dates). */
  defaults: DraftFurniture;
  /** The two together: what the documents print. */
  effective: DraftFurniture;
  mainSponsor: FurnitureDelegation | null;
  /** In the order they joined. */
  coSponsors: FurnitureDelegation[];
}

/** A draft's document details and sponsors. Takes a transaction too, so a revision reads them with its paragraphs. */
export async function readDraftFurniture(db: Prisma.TransactionClient, draftId: string): Promise<DraftFurnitureView> {
  const draft = await db.draft.findUnique({
    where: { id: draftId },
    select: {
      furniture: true,
      negotiation: { select: { body: true, session: true, startsOn: true, endsOn: true } },
      mainSponsor: { select: { id: true, code: true, name: true } },
      cosponsors: {
        orderBy: [{ joinedAt: 'asc' }, { delegationId: 'asc' }],
        select: { delegation: { select: { id: true, code: true, name: true } } },
      },
    },
  });
  if (!draft) throw new AppError('not-found', `There is no draft "${draftId}".`, 'no-draft', { id: draftId });
  const own = readStoredFurniture(draft.furniture);
  const defaults = readNegotiationDefaults(draft.negotiation);
  return {
    own,
    defaults,
    effective: withDefaults(own, defaults),
    mainSponsor: draft.mainSponsor,
    coSponsors: draft.cosponsors.map((row) => row.delegation),
  };
}
