import { NextResponse } from 'next/server';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithError } from '@/server/http/respond-with-error';
import { deliverInvitation } from '@/server/invitations/deliver-invitation';
import { resetUserAccess } from '@/server/users/reset-user-access';

/** Clears the person's password and single sign-on binding and answers with a new invitation link. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    const invitation = await resetUserAccess(getDb(), user, id);
    const delivery = await deliverInvitation(invitation, { origin: new URL(request.url).origin, invitedByName: user.name });
    return NextResponse.json({ invitationLink: delivery.link, emailed: delivery.emailed, emailError: delivery.emailError });
  } catch (error) {
    return respondWithError(error);
  }
}
