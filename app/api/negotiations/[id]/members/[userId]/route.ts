import { NextResponse } from 'next/server';
import { z } from 'zod';
import { roles } from '@/lib/auth/permissions';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError, type SchemaRefusals } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { removeRosterMember } from '@/server/negotiations/remove-roster-member';
import { setRosterRole } from '@/server/negotiations/set-roster-role';

const refusals = {
  'unknown-role': { message: `The role is one of ${roles.join(', ')}.`, params: { roles: roles.join(', ') } },
} satisfies SchemaRefusals;

const bodySchema = z.object({ role: z.enum(roles, { message: refusals['unknown-role'].message }) });

type Context = { params: Promise<{ id: string; userId: string }> };

export async function PATCH(request: Request, { params }: Context) {
  try {
    const { id, userId } = await params;
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send the new role.', { reasons: refusals });
    await setRosterRole(getDb(), user, id, userId, parsed.data.role);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return respondWithError(error);
  }
}

export async function DELETE(_request: Request, { params }: Context) {
  try {
    const { id, userId } = await params;
    await removeRosterMember(getDb(), await requireSignedIn(), id, userId);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return respondWithError(error);
  }
}
