import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { reopenProposalDeadline } from '@/server/deadlines/reopen-proposal-deadline';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';

const bodySchema = z.object(
  { paragraphId: z.string('Name a paragraph, or "" for the whole draft.').max(100, 'That is not a paragraph id.') },
  'Send {"paragraphId": "" | "<paragraph id>"}.',
);

/** POST {paragraphId}: reopens proposals after a deadline (facilitator). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'deadline:set');
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Name the deadline to reopen.');
    return NextResponse.json(await reopenProposalDeadline(getDb(), user, id, body.data.paragraphId));
  } catch (error) {
    return respondWithError(error);
  }
}
