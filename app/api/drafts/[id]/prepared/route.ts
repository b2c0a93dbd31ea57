import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { maxExplanationLength, maxPreparedTextLength } from '@/server/prepared-proposals/check-prepared-wording';
import { createPreparedProposal } from '@/server/prepared-proposals/create-prepared-proposal';
import { listPreparedProposals } from '@/server/prepared-proposals/list-prepared-proposals';
import { preparedKinds } from '@/server/prepared-proposals/prepared-proposal-view';

const bodySchema = z.object({
  paragraphId: z.string().min(1).max(100),
  kind: z.enum(preparedKinds),
  text: z.string().max(maxPreparedTextLength).default(''),
  explanation: z.string().max(maxExplanationLength).nullable().optional(),
});

/** GET: the caller's delegation's prepared (private) proposals on this draft; the service checks the roster. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    return NextResponse.json({ prepared: await listPreparedProposals(getDb(), user, id) });
  } catch (error) {
    return respondWithError(error);
  }
}

/** POST: prepares a proposal in private for the caller's delegation. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Name the paragraph, the kind and the wording.');
    return NextResponse.json(await createPreparedProposal(getDb(), user, id, body.data), { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
