import { type Action, canOnSite } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import type { Actor } from './actor';
import { checkNegotiationAccess, readSiteStanding } from './check-access';

export interface NegotiationAdministration {
  negotiation: { id: string; title: string; status: string; openToAll: boolean; timeZone: string };
  /** The delegation the actor acts as, for the audit: the Chair for a facilitator, their own for an administrator. */
  delegationCode: string;
}

/**
 * Running a negotiation (its roster, status, drafts' archive and deletion): site administrators everywhere, otherwise
 * the roles the permission table allows, on that negotiation's roster. Unseen answers "not found", like every other check.
 */
export async function checkNegotiationAdministration(
  db: Db,
  actor: Actor,
  negotiationId: string,
  action: Action,
): Promise<NegotiationAdministration> {
  const administers = actor === 'operator' || canOnSite(await readSiteStanding(db, actor), 'site:administer');
  if (!administers) {
    const access = await checkNegotiationAccess(db, actor, negotiationId, action);
    return { negotiation: access.negotiation, delegationCode: access.delegation.code };
  }
  const negotiation = await db.negotiation.findUnique({
    where: { id: negotiationId },
    select: { id: true, title: true, status: true, openToAll: true, timeZone: true },
  });
  if (!negotiation) throw new AppError('not-found', `There is no negotiation "${negotiationId}".`, 'no-negotiation', { id: negotiationId });
  return { negotiation, delegationCode: actor === 'operator' ? '' : actor.delegation.code };
}
