/**
 * Who may do what. The single place the server consults; the UI only mirrors it.
 */

export const roles = ['facilitator', 'delegate', 'secretariat', 'observer'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'corpus:read',
  'corpus:import',
  'draft:read',
  'draft:create',
  'draft:edit',
  'draft:set-status',
  'draft:freeze',
  'draft:issue-revision',
  'proposal:create',
  'proposal:support',
  'proposal:decide',
  'proposal:bracket',
] as const;
export type Action = (typeof actions)[number];

const grants: Record<Role, ReadonlySet<Action>> = {
  facilitator: new Set(actions),
  delegate: new Set<Action>(['corpus:read', 'draft:read', 'draft:create', 'draft:edit', 'proposal:create', 'proposal:support']),
  secretariat: new Set<Action>(['corpus:read', 'corpus:import', 'draft:read', 'draft:create', 'draft:edit']),
  observer: new Set<Action>(['corpus:read', 'draft:read']),
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function can(role: Role, action: Action): boolean {
  return grants[role].has(action);
}

/** Observers see the live text but never write to it. */
export function canWriteDrafts(role: Role): boolean {
  return can(role, 'draft:edit');
}
