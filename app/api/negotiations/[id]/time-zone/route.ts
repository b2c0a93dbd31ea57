import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError, type SchemaRefusals } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { setNegotiationTimeZone } from '@/server/negotiations/set-negotiation-time-zone';

const refusals = {
  'time-zone-missing': { message: 'Give the time zone as an IANA name, such as Europe/Vienna.' },
  'time-zone-body': { message: 'Send {"timeZone": "Europe/Vienna"}.', params: { example: '{"timeZone": "Europe/Vienna"}' } },
} satisfies SchemaRefusals;

const bodySchema = z.object({ timeZone: z.string(refusals['time-zone-missing'].message).max(100) }, refusals['time-zone-body'].message);

/** PATCH {timeZone}: the zone the negotiation meets in, for its deadlines (facilitator, administrator). */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Give the time zone.', { reasons: refusals });
    return NextResponse.json(await setNegotiationTimeZone(getDb(), user, id, parsed.data.timeZone));
  } catch (error) {
    return respondWithError(error);
  }
}
