import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { clearProposalDeadline } from '@/server/deadlines/clear-proposal-deadline';
import { listDraftDeadlines } from '@/server/deadlines/list-draft-deadlines';
import { setProposalDeadline } from '@/server/deadlines/set-proposal-deadline';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';

const paragraphId = z.string('Name a paragraph, or "" for the whole draft.').max(100, 'That is not a paragraph id.');

const setSchema = z.object(
  {
    paragraphId,
    closesAt: z.string('Give the time proposals close, as YYYY-MM-DDTHH:MM in the negotiation’s time zone.').max(40),
    note: z.string().max(500, 'Keep the note under 500 characters.').default(''),
  },
  'Send {"paragraphId": "" | "<paragraph id>", "closesAt": "YYYY-MM-DDTHH:MM", "note": "…"}.',
);

const clearSchema = z.object({ paragraphId }, 'Send {"paragraphId": "" | "<paragraph id>"}.');

/** GET: the draft's deadlines and the negotiation's zone (anyone who reads the draft). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'draft:read');
    return NextResponse.json(await listDraftDeadlines(getDb(), user, id));
  } catch (error) {
    return respondWithError(error);
  }
}

/** PUT {paragraphId, closesAt, note}: sets the deadline for proposals on the draft or a paragraph (facilitator). */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'deadline:set');
    const body = setSchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Give the time proposals close.');
    return NextResponse.json(await setProposalDeadline(getDb(), user, id, body.data));
  } catch (error) {
    return respondWithError(error);
  }
}

/** DELETE {paragraphId}: removes a deadline (facilitator). */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'deadline:set');
    const body = clearSchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Name the deadline to clear.');
    return NextResponse.json(await clearProposalDeadline(getDb(), user, id, body.data.paragraphId));
  } catch (error) {
    return respondWithError(error);
  }
}
