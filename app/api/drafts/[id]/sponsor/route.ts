import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { setMainSponsor } from '@/server/furniture/set-main-sponsor';
import { respondWithError } from '@/server/http/respond-with-error';

const bodySchema = z.object(
  { delegationId: z.string('Choose the main sponsor’s delegation, or none.').min(1).max(100).nullable() },
  'Send {"delegationId": "<delegation id>"} or {"delegationId": null}.',
);

/** PUT {delegationId | null}: the delegation printed as the draft's sponsor (facilitator or secretariat). */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'draft:set-sponsor');
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Choose the main sponsor.');
    return NextResponse.json(await setMainSponsor(getDb(), user, id, body.data.delegationId));
  } catch (error) {
    return respondWithError(error);
  }
}
