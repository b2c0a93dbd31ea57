import { type Action, can, canOnSite, isRole, isWriteAction, type SiteAction, type SiteStanding } from '@/lib/auth/permissions';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import type { CurrentUser } from '@/server/users/find-user';
import { findNegotiationAccess, type NegotiationAccess } from './find-negotiation-access';

/** Every check below: unseen answers "not found" (existence does not leak), seen but not allowed "forbidden". */

export async function checkNegotiationAccess(db: Db, user: CurrentUser, negotiationId: string, action: Action): Promise<NegotiationAccess> {
  const access = await findNegotiationAccess(db, user, negotiationId);
  if (!access) throw new AppError('not-found', `There is no negotiation "${negotiationId}".`, 'no-negotiation', { id: negotiationId });
  if (!can(access.role, action))
    throw new AppError('forbidden', `Your role in this negotiation (${access.role}) does not allow this.`, 'role-does-not-allow', {
      role: access.role,
    });
  return access;
}

export interface DraftAccess extends NegotiationAccess {
  draft: {
    id: string;
    title: string;
    negotiationId: string;
    archivedAt: Date | null;
    createdById: string;
    baseDocumentId: string | null;
    createdAt: Date;
  };
}

export async function checkDraftAccess(db: Db, user: CurrentUser, draftId: string, action: Action): Promise<DraftAccess> {
  const draft = await db.draft.findUnique({
    where: { id: draftId },
    select: { id: true, title: true, negotiationId: true, archivedAt: true, createdById: true, baseDocumentId: true, createdAt: true },
  });
  const access = draft ? await findNegotiationAccess(db, user, draft.negotiationId) : null;
  if (!draft || !access) throw new AppError('not-found', `There is no draft "${draftId}".`, 'no-draft', { id: draftId });
  if (!can(access.role, action))
    throw new AppError('forbidden', `Your role in this negotiation (${access.role}) does not allow this.`, 'role-does-not-allow', {
      role: access.role,
    });
  if (draft.archivedAt && isWriteAction(action))
    throw new AppError('conflict', 'This draft is archived: it can be read but not changed.', 'draft-archived');
  return { ...access, draft };
}

export interface RevisionAccess extends DraftAccess {
  revision: { id: string; name: string; draftId: string };
}

export async function checkRevisionAccess(db: Db, user: CurrentUser, revisionId: string, action: Action): Promise<RevisionAccess> {
  const revision = await db.revision.findUnique({ where: { id: revisionId }, select: { id: true, name: true, draftId: true } });
  if (!revision) throw new AppError('not-found', `There is no revision "${revisionId}".`, 'no-revision', { id: revisionId });
  try {
    return { ...(await checkDraftAccess(db, user, revision.draftId, action)), revision };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found')
      throw new AppError('not-found', `There is no revision "${revisionId}".`, 'no-revision', { id: revisionId });
    throw error;
  }
}

export async function readSiteStanding(db: Db, user: CurrentUser): Promise<SiteStanding> {
  const memberships = await db.negotiationMember.findMany({ where: { userId: user.id }, select: { role: true } });
  return { isAdmin: user.isAdmin, roles: memberships.map((membership) => membership.role).filter(isRole) };
}

export async function checkSiteAccess(db: Db, user: CurrentUser, action: SiteAction): Promise<void> {
  const standing = await readSiteStanding(db, user);
  if (!canOnSite(standing, action)) {
    const held = standing.roles.length ? [...new Set(standing.roles)].join(', ') : 'none';
    if (action === 'site:administer') throw new AppError('forbidden', 'Only administrators may do this.', 'administrators-only');
    throw new AppError(
      'forbidden',
      `Only administrators, the secretariat and facilitators may do this; your roles (${held}) do not allow it.`,
      'site-roles-only',
      { roles: held },
    );
  }
}
