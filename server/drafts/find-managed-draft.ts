import type { Action } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import { AppError, isAppError } from '@/server/errors/app-error';
import type { Actor } from '@/server/negotiations/actor';
import { checkNegotiationAdministration } from '@/server/negotiations/check-negotiation-administration';

export interface ManagedDraft {
  draft: { id: string; title: string; negotiationId: string; archivedAt: Date | null; createdById: string };
  delegationCode: string;
}

/** A draft its negotiation's managers (or an administrator) act on; a draft the actor cannot see is "not found". */
export async function findManagedDraft(db: Db, actor: Actor, draftId: string, action: Action): Promise<ManagedDraft> {
  const draft = await db.draft.findUnique({
    where: { id: draftId },
    select: { id: true, title: true, negotiationId: true, archivedAt: true, createdById: true },
  });
  if (!draft) throw new AppError('not-found', `There is no draft "${draftId}".`, 'no-draft', { id: draftId });
  try {
    const { delegationCode } = await checkNegotiationAdministration(db, actor, draft.negotiationId, action);
    return { draft, delegationCode };
  } catch (error) {
    if (isAppError(error, 'not-found')) throw new AppError('not-found', `There is no draft "${draftId}".`, 'no-draft', { id: draftId });
    throw error;
  }
}
