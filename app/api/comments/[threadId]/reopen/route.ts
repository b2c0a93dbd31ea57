import { NextResponse } from 'next/server';
import { requireSignedIn } from '@/server/auth/current-user';
import { settleCommentThread } from '@/server/comments/settle-comment-thread';
import { getDb } from '@/server/db/client';
import { respondWithError } from '@/server/http/respond-with-error';

/** POST: reopens a thread (its delegation, or the facilitator for a shared one); no body; answers the thread. */
export async function POST(_request: Request, { params }: { params: Promise<{ threadId: string }> }) {
  try {
    const { threadId } = await params;
    const user = await requireSignedIn();
    return NextResponse.json(await settleCommentThread(getDb(), user, threadId, 'reopen'));
  } catch (error) {
    return respondWithError(error);
  }
}
