import type { Db } from '@/server/db/client';
import { findChairDelegation } from './find-chair-delegation';

export interface NegotiationDirectory {
  delegations: { code: string; name: string; colour: string }[];
  /** Names only, never e-mail addresses. */
  people: { id: string; name: string }[];
}

/**
 * The delegations and people of one negotiation's roster, and the Chair, so a draft's room can name
 * supporters, objectors and deciders who are not in the room, and nobody outside the negotiation.
 */
export async function listNegotiationDirectory(db: Db, negotiationId: string): Promise<NegotiationDirectory> {
  const [rostered, members, chair] = await Promise.all([
    db.negotiationDelegation.findMany({
      where: { negotiationId },
      select: { delegation: { select: { code: true, name: true, colour: true } } },
    }),
    db.negotiationMember.findMany({
      where: { negotiationId },
      select: { user: { select: { id: true, name: true, delegation: { select: { code: true, name: true, colour: true } } } } },
    }),
    findChairDelegation(db),
  ]);
  const delegations = new Map<string, NegotiationDirectory['delegations'][number]>();
  // A member's own delegation counts even where the negotiation's list of delegations was never filled in.
  for (const delegation of [...rostered.map((row) => row.delegation), ...members.map((row) => row.user.delegation), chair]) {
    delegations.set(delegation.code, { code: delegation.code, name: delegation.name, colour: delegation.colour });
  }
  return {
    delegations: [...delegations.values()].sort((a, b) => a.name.localeCompare(b.name)),
    people: members.map(({ user }) => ({ id: user.id, name: user.name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
