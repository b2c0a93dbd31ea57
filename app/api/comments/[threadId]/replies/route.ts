import { NextResponse } from 'next/server';
import { z } from 'zod';
import { maxCommentLength } from '@/lib/comments';
import { requireSignedIn } from '@/server/auth/current-user';
import { replyToCommentThread } from '@/server/comments/reply-to-comment-thread';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';

const bodySchema = z.object({ body: z.string().max(maxCommentLength * 2) });

/** POST: replies to a thread the caller can see, in their delegation's name; answers the whole thread. */
export async function POST(request: Request, { params }: { params: Promise<{ threadId: string }> }) {
  try {
    const { threadId } = await params;
    const user = await requireSignedIn();
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw invalidInputError(body.error, 'Write the reply.', { preferSchemaMessage: false });
    return NextResponse.json(await replyToCommentThread(getDb(), user, threadId, body.data.body), { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
