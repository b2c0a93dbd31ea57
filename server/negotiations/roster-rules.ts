import { can, type Role, roles } from '@/lib/auth/permissions';

/** The roles that keep a negotiation running: it always holds at least one person in one of them. */
export const managingRoles: Role[] = roles.filter((role) => can(role, 'negotiation:manage-roster'));

/** Whoever decides proposals acts as the Chair; everyone else takes part for their own delegation, which joins with them. */
export function joinsWithOwnDelegation(role: Role): boolean {
  return !can(role, 'proposal:decide');
}
