import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError, type SchemaRefusals } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { createDelegation, delegationKinds } from '@/server/users/create-delegation';

const refusals = {
  'delegation-code-missing': { message: 'Give the delegation a code, such as "FRA".' },
  'delegation-name-missing': { message: 'Give the delegation a name.' },
  'delegation-colour-format': { message: 'The colour is written #rrggbb, such as #1d4ed8.' },
  'unknown-delegation-kind': {
    message: `The kind is one of ${delegationKinds.join(', ')}.`,
    params: { kinds: delegationKinds.join(', ') },
  },
} satisfies SchemaRefusals;

const bodySchema = z.object({
  code: z.string().trim().min(2, refusals['delegation-code-missing'].message).max(12),
  name: z.string().trim().min(1, refusals['delegation-name-missing'].message).max(200),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, refusals['delegation-colour-format'].message),
  kind: z.enum(delegationKinds, { message: refusals['unknown-delegation-kind'].message }),
});

export async function POST(request: Request) {
  try {
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send the delegation as JSON.', { reasons: refusals });
    return NextResponse.json(await createDelegation(getDb(), user, parsed.data), { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
