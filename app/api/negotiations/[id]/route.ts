import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { negotiationStatuses } from '@/server/negotiations/create-negotiation';
import { setNegotiationStatus } from '@/server/negotiations/set-negotiation-status';

const bodySchema = z.object({ status: z.enum(negotiationStatuses).optional(), openToAll: z.boolean().optional() });

/** A negotiation's standing: its status and whether every signed-in person may read it. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send the status as JSON.');
    await setNegotiationStatus(getDb(), user, id, parsed.data);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return respondWithError(error);
  }
}
