import { NextResponse } from 'next/server';
import { z } from 'zod';
import { roles } from '@/lib/auth/permissions';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError, type SchemaRefusals } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { createInvitation } from '@/server/invitations/create-invitation';
import { deliverInvitation } from '@/server/invitations/deliver-invitation';

const refusals = {
  'email-missing': { message: 'Give an e-mail address.' },
  'invitee-name-missing': { message: 'Give the name of the person you invite.' },
  'delegation-missing': { message: 'Choose a delegation.' },
  'unknown-role': { message: `The role is one of ${roles.join(', ')}.`, params: { roles: roles.join(', ') } },
} satisfies SchemaRefusals;

const bodySchema = z.object({
  email: z.string().trim().email(refusals['email-missing'].message).max(320),
  name: z.string().trim().min(1, refusals['invitee-name-missing'].message).max(200),
  delegationCode: z.string().trim().min(1, refusals['delegation-missing'].message).max(12),
  role: z.enum(roles, { message: refusals['unknown-role'].message }),
});

/** Invites a new person onto this negotiation's roster; answers with the link, shown once to whoever invited. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send the invitation as JSON.', { reasons: refusals });
    const invitation = await createInvitation(getDb(), user, { ...parsed.data, negotiationId: id });
    const delivery = await deliverInvitation(invitation, { origin: new URL(request.url).origin, invitedByName: user.name });
    return NextResponse.json(
      { invitationLink: delivery.link, emailed: delivery.emailed, emailError: delivery.emailError },
      { status: 201 },
    );
  } catch (error) {
    return respondWithError(error);
  }
}
