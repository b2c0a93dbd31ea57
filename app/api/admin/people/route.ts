import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { deliverInvitation } from '@/server/invitations/deliver-invitation';
import { invitePerson } from '@/server/users/invite-person';

const bodySchema = z.object({
  email: z.string().trim().email('Give an e-mail address.').max(320),
  name: z.string().trim().min(1, 'Give the person a name.').max(200),
  delegationCode: z.string().trim().min(1, 'Choose a delegation.').max(12),
  isAdmin: z.boolean().optional(),
});

/** Adds a person and answers with their invitation link, shown once to the administrator. */
export async function POST(request: Request) {
  try {
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send the person as JSON.');
    const { id, invitation } = await invitePerson(getDb(), user, parsed.data);
    const delivery = await deliverInvitation(invitation, { origin: new URL(request.url).origin, invitedByName: user.name });
    return NextResponse.json(
      { id, invitationLink: delivery.link, emailed: delivery.emailed, emailError: delivery.emailError },
      { status: 201 },
    );
  } catch (error) {
    return respondWithError(error);
  }
}
