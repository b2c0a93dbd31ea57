import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Action, SiteAction } from '@/lib/auth/permissions';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import {
  checkDraftAccess,
  checkNegotiationAccess,
  checkRevisionAccess,
  checkSiteAccess,
  type DraftAccess,
  type RevisionAccess,
} from '@/server/negotiations/check-access';
import type { NegotiationAccess } from '@/server/negotiations/find-negotiation-access';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { getAuthOptions } from './auth-options';

/**
 * Read once per server render: the layout, the request's language (i18n/request.ts) and the page all ask for the
 * person, and each ask would otherwise decode the session and read the database again.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(getAuthOptions())) as { userId?: string } | null;
  if (!session?.userId) return null;
  return findUser(getDb(), session.userId);
});

/** For pages: a signed-out visitor is sent to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/signin');
  return user;
}

/** For routes: signed out answers 401. */
export async function requireSignedIn(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthenticated', 'Sign in first.', 'sign-in-first');
  return user;
}

export async function requireSiteAccess(action: SiteAction): Promise<CurrentUser> {
  const user = await requireSignedIn();
  await checkSiteAccess(getDb(), user, action);
  return user;
}

export async function requireNegotiationAccess(
  negotiationId: string,
  action: Action,
): Promise<{ user: CurrentUser; access: NegotiationAccess }> {
  const user = await requireSignedIn();
  return { user, access: await checkNegotiationAccess(getDb(), user, negotiationId, action) };
}

export async function requireDraftAccess(draftId: string, action: Action): Promise<{ user: CurrentUser; access: DraftAccess }> {
  const user = await requireSignedIn();
  return { user, access: await checkDraftAccess(getDb(), user, draftId, action) };
}

export async function requireRevisionAccess(revisionId: string, action: Action): Promise<{ user: CurrentUser; access: RevisionAccess }> {
  const user = await requireSignedIn();
  return { user, access: await checkRevisionAccess(getDb(), user, revisionId, action) };
}

/** For pages: what the person may not see is "not found", like a page that does not exist. */
async function guardPage<T>(check: (user: CurrentUser) => Promise<T>): Promise<{ user: CurrentUser; access: T }> {
  const user = await requireUser();
  try {
    return { user, access: await check(user) };
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not-found' || error.code === 'forbidden')) notFound();
    throw error;
  }
}

export function requireDraftPage(draftId: string, action: Action = 'draft:read') {
  return guardPage((user) => checkDraftAccess(getDb(), user, draftId, action));
}

export function requireNegotiationPage(negotiationId: string, action: Action = 'negotiation:read') {
  return guardPage((user) => checkNegotiationAccess(getDb(), user, negotiationId, action));
}

export function requireRevisionPage(revisionId: string, action: Action = 'draft:read') {
  return guardPage((user) => checkRevisionAccess(getDb(), user, revisionId, action));
}

export function requireSitePage(action: SiteAction) {
  return guardPage((user) => checkSiteAccess(getDb(), user, action));
}
