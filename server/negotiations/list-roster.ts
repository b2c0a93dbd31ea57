import { isRole, type Role } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';

export interface RosterDelegation {
  id: string;
  code: string;
  name: string;
  colour: string;
  kind: string;
}

export interface RosterMember {
  userId: string;
  email: string;
  name: string;
  role: Role;
  delegationCode: string;
  delegationName: string;
  active: boolean;
  /** Invited but has not set a password or signed in with single sign-on yet. */
  pending: boolean;
}

export interface Roster {
  delegations: RosterDelegation[];
  members: RosterMember[];
}

/** A negotiation's roster as its managers see it; callers check who may read it first. */
export async function listRoster(db: Db, negotiationId: string): Promise<Roster> {
  const [delegations, members] = await Promise.all([
    db.negotiationDelegation.findMany({
      where: { negotiationId },
      select: { delegation: { select: { id: true, code: true, name: true, colour: true, kind: true } } },
      orderBy: { delegation: { name: 'asc' } },
    }),
    db.negotiationMember.findMany({
      where: { negotiationId },
      select: {
        role: true,
        user: {
          select: {
            id: true,
            email: true,
            name: true,
            active: true,
            passwordHash: true,
            ssoSubject: true,
            delegation: { select: { code: true, name: true } },
          },
        },
      },
      orderBy: { user: { name: 'asc' } },
    }),
  ]);
  return {
    delegations: delegations.map((entry) => entry.delegation),
    members: members
      .filter((member) => isRole(member.role))
      .map(({ role, user }) => ({
        userId: user.id,
        email: user.email,
        name: user.name,
        role: role as Role,
        delegationCode: user.delegation.code,
        delegationName: user.delegation.name,
        active: user.active,
        pending: user.passwordHash === null && user.ssoSubject === null,
      })),
  };
}
