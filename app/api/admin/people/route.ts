import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError, type SchemaRefusals } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { deliverInvitation } from '@/server/invitations/deliver-invitation';
import { invitePerson } from '@/server/users/invite-person';

const refusals = {
  'email-missing': { message: 'Give an e-mail address.' },
  'person-name-missing': { message: 'Give the person a name.' },
  'delegation-missing': { message: 'Choose a delegation.' },
} satisfies SchemaRefusals;

const bodySchema = z.object({
  email: z.string().trim().email(refusals['email-missing'].message).max(320),
  name: z.string().trim().min(1, refusals['person-name-missing'].message).max(200),
  delegationCode: z.string().trim().min(1, refusals['delegation-missing'].message).max(12),
  isAdmin: z.boolean().optional(),
});

/** Adds a person and answers with their invitation link, shown once to the administrator. */
export async function POST(request: Request) {
  try {
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send the person as JSON.', { reasons: refusals });
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
