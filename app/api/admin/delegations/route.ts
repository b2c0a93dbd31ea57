import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { createDelegation, delegationKinds } from '@/server/users/create-delegation';

const bodySchema = z.object({
  code: z.string().trim().min(2, 'Give the delegation a code, such as "FRA".').max(12),
  name: z.string().trim().min(1, 'Give the delegation a name.').max(200),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'The colour is written #rrggbb, such as #1d4ed8.'),
  kind: z.enum(delegationKinds, { message: `The kind is one of ${delegationKinds.join(', ')}.` }),
});

export async function POST(request: Request) {
  try {
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send the delegation as JSON.');
    return NextResponse.json(await createDelegation(getDb(), user, parsed.data), { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
