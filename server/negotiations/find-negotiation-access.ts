import { isRole, type Role } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import type { CurrentUser, DelegationSummary } from '@/server/users/find-user';
import { findChairDelegation } from './find-chair-delegation';

export interface NegotiationAccess {
  negotiation: { id: string; title: string; status: string; openToAll: boolean; timeZone: string };
  role: Role;
  /** False for a signed-in reader of a negotiation open to all. */
  member: boolean;
  /** The delegation the person acts as here: the Chair for a facilitator, otherwise their own. */
  delegation: DelegationSummary;
}

/**
 * What a person is in one negotiation, read from the roster now (never from a session or a ticket):
 * null when they may not see it at all, so callers answer "not found" and existence does not leak.
 */
export async function findNegotiationAccess(db: Db, user: CurrentUser, negotiationId: string): Promise<NegotiationAccess | null> {
  const negotiation = await db.negotiation.findUnique({
    where: { id: negotiationId },
    select: {
      id: true,
      title: true,
      status: true,
      openToAll: true,
      timeZone: true,
      members: { where: { userId: user.id }, select: { role: true } },
    },
  });
  if (!negotiation) return null;
  const { members, ...summary } = negotiation;
  const memberRole = members[0]?.role;
  if (isRole(memberRole)) {
    const delegation = memberRole === 'facilitator' ? await findChairDelegation(db) : user.delegation;
    return { negotiation: summary, role: memberRole, member: true, delegation };
  }
  if (negotiation.openToAll) return { negotiation: summary, role: 'observer', member: false, delegation: user.delegation };
  return null;
}
