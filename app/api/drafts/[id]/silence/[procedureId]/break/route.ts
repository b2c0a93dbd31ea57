import { NextResponse } from 'next/server';
import { z } from 'zod';
import { maxStatementLength } from '@/lib/silence/silence-procedure';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { breakSilence } from '@/server/silence/break-silence';

const bodySchema = z.object(
  {
    statement: z
      .string('Write a statement: it is recorded and shown to everyone.')
      .trim()
      .min(1, 'Write a statement: it is recorded and shown to everyone.')
      .max(maxStatementLength, `A statement has at most ${maxStatementLength} characters.`),
  },
  'Send {"statement": "…"}.',
);

/** POST {statement}: the person's own delegation breaks silence before the deadline (delegates only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; procedureId: string }> }) {
  try {
    const { id, procedureId } = await params;
    const { user } = await requireDraftAccess(id, 'silence:break');
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Write a statement.');
    return NextResponse.json(await breakSilence(getDb(), user, id, procedureId, body.data.statement));
  } catch (error) {
    return respondWithError(error);
  }
}
