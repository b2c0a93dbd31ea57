/**
 * Who may do what: the single table the server consults (web routes, pages, the CLI and the realtime
 * server); the UI only mirrors it. Roles are held per negotiation; site administration is a separate
 * capability of administrators, never a negotiation role.
 */

export const roles = ['facilitator', 'delegate', 'secretariat', 'observer'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'negotiation:read',
  'negotiation:manage-roster',
  'negotiation:set-status',
  'negotiation:archive-download',
  'draft:read',
  'draft:export',
  'draft:read-audit',
  'draft:create',
  'draft:edit',
  'draft:edit-frozen',
  'draft:switch-mode',
  'draft:set-status',
  'draft:freeze',
  'draft:issue-revision',
  'draft:archive',
  'draft:delete',
  'draft:set-furniture',
  'draft:set-sponsor',
  'draft:cosponsor',
  'proposal:create',
  'proposal:prepare',
  'proposal:table',
  'proposal:support',
  'proposal:decide',
  'proposal:bracket',
  'comment:write',
  'comment:moderate',
  'paragraph:follow',
  'deadline:set',
  'silence:run',
  'silence:break',
] as const;
export type Action = (typeof actions)[number];

const reading: Action[] = ['negotiation:read', 'draft:read', 'draft:export', 'draft:read-audit'];
/** Reads too, but of the whole record at once: for those who keep it. */
const recordKeeping: Action[] = ['negotiation:archive-download'];

const grants: Record<Role, ReadonlySet<Action>> = {
  // The chair decides on proposals; positions (support, objection) and co-sponsorship are the delegations' alone.
  // Breaking silence is a delegation's statement, never the chair's.
  facilitator: new Set(
    actions.filter(
      (action) =>
        action !== 'proposal:support' && action !== 'draft:cosponsor' && action !== 'silence:break' && action !== 'paragraph:follow',
    ),
  ),
  delegate: new Set<Action>([
    ...reading,
    'draft:create',
    'draft:edit',
    'proposal:create',
    'proposal:prepare',
    'proposal:table',
    'proposal:support',
    'draft:cosponsor',
    'comment:write',
    'paragraph:follow',
    'silence:break',
  ]),
  secretariat: new Set<Action>([
    ...reading,
    ...recordKeeping,
    'draft:create',
    'draft:edit',
    'draft:issue-revision',
    // The document's details are the conference officer's to keep, as are the sponsors they record.
    'draft:set-furniture',
    'draft:set-sponsor',
    'comment:write',
  ]),
  observer: new Set<Action>(reading),
};

/** Capabilities outside any negotiation. */
export const siteActions = ['corpus:read', 'corpus:import', 'site:administer'] as const;
export type SiteAction = (typeof siteActions)[number];

export interface SiteStanding {
  isAdmin: boolean;
  /** The roles the person holds across their negotiations. */
  roles: readonly Role[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function can(role: Role, action: Action): boolean {
  return grants[role].has(action);
}

export function canOnSite(standing: SiteStanding, action: SiteAction): boolean {
  switch (action) {
    case 'corpus:read':
      return true;
    case 'corpus:import':
      // The corpus is shared precedent: administrators and those who keep language for a negotiation add to it.
      return standing.isAdmin || standing.roles.some((role) => role === 'secretariat' || role === 'facilitator');
    case 'site:administer':
      return standing.isAdmin;
  }
}

/** Observers see the live text but never write to it. */
export function canWriteDrafts(role: Role): boolean {
  return can(role, 'draft:edit');
}

/** Actions that change a draft; an archived draft refuses them all. */
export function isWriteAction(action: Action): boolean {
  return !reading.includes(action) && !recordKeeping.includes(action);
}
