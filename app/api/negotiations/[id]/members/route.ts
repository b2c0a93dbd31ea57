import { NextResponse } from 'next/server';
import { z } from 'zod';
import { roles } from '@/lib/auth/permissions';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError, type SchemaRefusals } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { addRosterMember } from '@/server/negotiations/add-roster-member';

const refusals = {
  'member-email-missing': { message: 'Give the e-mail address of someone with an account.' },
  'unknown-role': { message: `The role is one of ${roles.join(', ')}.`, params: { roles: roles.join(', ') } },
} satisfies SchemaRefusals;

const bodySchema = z.object({
  email: z.string().trim().email(refusals['member-email-missing'].message).max(320),
  role: z.enum(roles, { message: refusals['unknown-role'].message }),
});

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send an e-mail address and a role.', { reasons: refusals });
    return NextResponse.json(await addRosterMember(getDb(), user, id, parsed.data), { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
