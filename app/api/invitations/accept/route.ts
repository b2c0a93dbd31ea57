import { NextResponse } from 'next/server';
import { z } from 'zod';
import { maxPasswordLength } from '@/lib/auth/password-policy';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { acceptInvitation } from '@/server/invitations/accept-invitation';

// The secret travels in the body, not the address, so it stays out of access logs.
const bodySchema = z.object({ token: z.string().min(1).max(200), password: z.string().max(maxPasswordLength * 4) });

/** Signed out by nature: the invitation itself is the credential, spent here. */
export async function POST(request: Request) {
  try {
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send the invitation and a password.', { preferSchemaMessage: false });
    return NextResponse.json(await acceptInvitation(getDb(), parsed.data.token, parsed.data.password));
  } catch (error) {
    return respondWithError(error);
  }
}
