import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { maxExplanationLength, maxPreparedTextLength } from '@/server/prepared-proposals/check-prepared-wording';
import { deletePreparedProposal } from '@/server/prepared-proposals/delete-prepared-proposal';
import { updatePreparedProposal } from '@/server/prepared-proposals/update-prepared-proposal';

type Params = { params: Promise<{ id: string; preparedId: string }> };

const bodySchema = z
  .object({
    text: z.string().max(maxPreparedTextLength).optional(),
    explanation: z.string().max(maxExplanationLength).nullable().optional(),
  })
  .refine((body) => body.text !== undefined || body.explanation !== undefined, 'Send the new wording or explanation.');

/** PATCH: rewrites a proposal still in private (the service checks the roster and that it is untabled). */
export async function PATCH(request: Request, { params }: Params) {
  try {
    const { id, preparedId } = await params;
    const user = await requireSignedIn();
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Send the new wording or explanation.');
    const { text, explanation } = body.data;
    return NextResponse.json(
      await updatePreparedProposal(getDb(), user, id, preparedId, {
        ...(text !== undefined ? { text } : {}),
        ...(explanation !== undefined ? { explanation } : {}),
      }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}

/** DELETE: discards a proposal still in private. */
export async function DELETE(_request: Request, { params }: Params) {
  try {
    const { id, preparedId } = await params;
    const user = await requireSignedIn();
    await deletePreparedProposal(getDb(), user, id, preparedId);
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return respondWithError(error);
  }
}
