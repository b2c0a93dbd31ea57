import { NextResponse } from 'next/server';
import { z } from 'zod';
import { maxCommentLength } from '@/lib/comments';
import { requireSignedIn } from '@/server/auth/current-user';
import { createCommentThread, maxQuoteLength } from '@/server/comments/create-comment-thread';
import { listCommentThreads } from '@/server/comments/list-comment-threads';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';

// The body's own limit is checked after trimming by the service; this bound only keeps huge requests out.
const bodySchema = z.object({
  paragraphId: z.string().min(1).max(100),
  body: z.string().max(maxCommentLength * 2),
  internal: z.boolean().default(false),
  proposalId: z.string().min(1).max(100).nullable().optional(),
  quote: z
    .object({ text: z.string().max(maxQuoteLength * 2), from: z.number().int().min(0), to: z.number().int().min(0) })
    .nullable()
    .optional(),
});

/** GET: the draft's comment threads the caller may see (shared ones and their delegation's internal ones). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    return NextResponse.json({ threads: await listCommentThreads(getDb(), user, id) });
  } catch (error) {
    return respondWithError(error);
  }
}

/** POST: opens a thread on a paragraph (about a proposal or some words of it) in the caller's delegation's name. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const user = await requireSignedIn();
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Name the paragraph and write the comment.');
    return NextResponse.json(await createCommentThread(getDb(), user, id, body.data), { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
