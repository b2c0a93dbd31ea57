import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { NextResponse } from 'next/server';
import { can, type Action } from '@/lib/auth/permissions';
import { getDb } from '@/server/db/client';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { getAuthOptions } from './auth-options';

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = (await getServerSession(getAuthOptions())) as { userId?: string } | null;
  if (!session?.userId) return null;
  return findUser(getDb(), session.userId);
}

/** For pages: a signed-out visitor is sent to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/signin');
  return user;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** For routes: 401 when signed out, 403 when the role does not allow the action. */
export async function requirePermission(action: Action): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new HttpError(401, 'Sign in first.');
  if (!can(user.role, action)) throw new HttpError(403, `Your role (${user.role}) does not allow this.`);
  return user;
}

/** Turns domain and permission errors into JSON answers with a clear message. */
export function respondWithError(error: unknown): NextResponse {
  if (error instanceof HttpError) return NextResponse.json({ error: error.message }, { status: error.status });
  console.error(error);
  return NextResponse.json({ error: 'Something went wrong on the server. Nothing was changed.' }, { status: 500 });
}
