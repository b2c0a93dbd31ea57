import { NextResponse } from 'next/server';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithError } from '@/server/http/respond-with-error';
import { cancelSilenceProcedure } from '@/server/silence/cancel-silence-procedure';

/** POST: the facilitator cancels a running procedure before its deadline. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string; procedureId: string }> }) {
  try {
    const { id, procedureId } = await params;
    const { user } = await requireDraftAccess(id, 'silence:run');
    return NextResponse.json(await cancelSilenceProcedure(getDb(), user, id, procedureId));
  } catch (error) {
    return respondWithError(error);
  }
}
