import type { Db } from '@/server/db/client';

/** The codes of the delegations taking part in a negotiation: those on its roster and those of its members. */
export async function listRosterDelegationCodes(db: Db, negotiationId: string): Promise<string[]> {
  const [listed, members] = await Promise.all([
    db.negotiationDelegation.findMany({ where: { negotiationId }, select: { delegation: { select: { code: true } } } }),
    db.negotiationMember.findMany({ where: { negotiationId }, select: { user: { select: { delegation: { select: { code: true } } } } } }),
  ]);
  return [...new Set([...listed.map((row) => row.delegation.code), ...members.map((row) => row.user.delegation.code)])];
}
