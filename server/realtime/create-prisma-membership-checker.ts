import { isRole, type Role } from '@/lib/auth/permissions';
import type { MembershipChecker, Standing } from '@/realtime/membership';
import type { Db } from '@/server/db/client';

/**
 * The roster in the app database, for the realtime server. A standing follows the same rule as
 * `findNegotiationAccess`: the roster role, or an observer's for anyone signed in when the negotiation is
 * open to all. Two small reads per check, however many people a room holds.
 */
export function createPrismaMembershipChecker(db: Db): MembershipChecker {
  return {
    async readDraftNegotiation(draftId) {
      const draft = await db.draft.findUnique({ where: { id: draftId }, select: { negotiationId: true, archivedAt: true } });
      return draft ? { negotiationId: draft.negotiationId, archived: draft.archivedAt !== null } : null;
    },
    async readStandings(negotiationId, userIds) {
      const [negotiation, users] = await Promise.all([
        db.negotiation.findUnique({ where: { id: negotiationId }, select: { openToAll: true } }),
        db.user.findMany({
          where: { id: { in: [...new Set(userIds)] } },
          select: { id: true, active: true, memberships: { where: { negotiationId }, select: { role: true } } },
        }),
      ]);
      const readerRole: Role | null = negotiation?.openToAll ? 'observer' : null;
      const standings = new Map<string, Standing>();
      for (const user of users) {
        const memberRole = negotiation ? user.memberships[0]?.role : undefined;
        standings.set(user.id, { active: user.active, role: isRole(memberRole) ? memberRole : readerRole });
      }
      return standings;
    },
  };
}
