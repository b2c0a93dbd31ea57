import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError, type SchemaRefusals } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { addNegotiationDelegation } from '@/server/negotiations/add-negotiation-delegation';

const refusals = { 'delegation-missing': { message: 'Choose a delegation.' } } satisfies SchemaRefusals;

const bodySchema = z.object({ code: z.string().trim().min(1, refusals['delegation-missing'].message).max(12) });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Choose a delegation.', { reasons: refusals });
    await addNegotiationDelegation(getDb(), user, id, parsed.data.code);
    return NextResponse.json({ ok: true }, { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
