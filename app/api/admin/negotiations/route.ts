import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError, type SchemaRefusals } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { createNegotiation, negotiationStatuses } from '@/server/negotiations/create-negotiation';

const refusals = {
  'date-format': { message: 'Write dates as yyyy-mm-dd.' },
  'negotiation-title-missing': { message: 'Give the negotiation a title.' },
  'negotiation-title-too-long': { message: 'Keep the title under 300 characters.' },
} satisfies SchemaRefusals;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, refusals['date-format'].message);
const bodySchema = z.object({
  title: z.string().trim().min(1, refusals['negotiation-title-missing'].message).max(300, refusals['negotiation-title-too-long'].message),
  body: z.string().trim().max(300).optional(),
  session: z.string().trim().max(200).optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  status: z.enum(negotiationStatuses).optional(),
  openToAll: z.boolean().optional(),
  timeZone: z.string().trim().max(100).optional(),
});

export async function POST(request: Request) {
  try {
    const user = await requireSignedIn();
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalidInputError(parsed.error, 'Send a JSON body with a title.', { reasons: refusals });
    const negotiation = await createNegotiation(getDb(), user, parsed.data);
    return NextResponse.json(negotiation, { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
