import { NextResponse } from 'next/server';
import { z } from 'zod';
import { silenceOutcomes } from '@/lib/silence/silence-procedure';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { listSilenceProcedures } from '@/server/silence/list-silence-procedures';
import { startSilenceProcedure } from '@/server/silence/start-silence-procedure';

const bodySchema = z.object(
  {
    paragraphIds: z
      .array(z.string().min(1).max(100))
      .min(1, 'Choose at least one paragraph, or the latest revision.')
      .max(2_000)
      .optional(),
    revisionId: z.string().min(1).max(100).optional(),
    outcome: z.enum(silenceOutcomes, 'Choose what the paragraphs become: "agreed-ad-ref" or "agreed".'),
    deadline: z.string('Give the deadline as a date and time.').max(40),
  },
  'Send {"paragraphIds": [...] or "revisionId", "outcome", "deadline"}.',
);

/** GET: the draft's silence procedures with their breaks and the server's clock (anyone who may read the draft). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await requireDraftAccess(id, 'draft:read');
    return NextResponse.json(await listSilenceProcedures(getDb(), id));
  } catch (error) {
    return respondWithError(error);
  }
}

/** POST {paragraphIds | revisionId, outcome, deadline}: the facilitator places paragraphs under silence. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'silence:run');
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Choose paragraphs, an outcome and a deadline.');
    const { paragraphIds, revisionId, outcome } = body.data;
    if ((paragraphIds === undefined) === (revisionId === undefined)) {
      throw new AppError('invalid-input', 'Choose either paragraphs or the latest revision, not both.', 'silence-paragraphs-or-revision');
    }
    const deadline = new Date(body.data.deadline);
    if (Number.isNaN(deadline.getTime())) {
      throw new AppError('invalid-input', `"${body.data.deadline}" is not a date and time.`, 'not-a-date-time', {
        value: body.data.deadline,
      });
    }
    const selection = revisionId !== undefined ? { revisionId } : { paragraphIds: paragraphIds! };
    return NextResponse.json(await startSilenceProcedure(getDb(), user, id, { selection, outcome, deadline }), { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
