import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { listParagraphFollows } from '@/server/notifications/list-paragraph-follows';
import { setParagraphFollow } from '@/server/notifications/set-paragraph-follow';

const bodySchema = z.strictObject(
  { paragraphId: z.string().trim().min(1).max(100) },
  'Send {"paragraphId": "…"}: the paragraph to follow or stop following.',
);

/** GET: the paragraphs of this draft the person's delegation follows (or muted), in one answer for the whole room. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { access } = await requireDraftAccess(id, 'draft:read');
    return NextResponse.json({
      delegation: access.delegation.code,
      follows: await listParagraphFollows(getDb(), id, access.delegation.code),
    });
  } catch (error) {
    return respondWithError(error);
  }
}

async function choose(request: Request, params: Promise<{ id: string }>, follow: boolean) {
  try {
    const { id } = await params;
    const { user, access } = await requireDraftAccess(id, 'paragraph:follow');
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success)
      throw invalidInputError(body.error, 'Send {"paragraphId": "…"}: the paragraph to follow or stop following.', {
        preferSchemaMessage: false,
      });
    return NextResponse.json(
      await setParagraphFollow(getDb(), user, {
        draftId: id,
        negotiationId: access.draft.negotiationId,
        paragraphId: body.data.paragraphId,
        delegationCode: access.delegation.code,
        follow,
      }),
    );
  } catch (error) {
    return respondWithError(error);
  }
}

/** POST: the delegation follows the paragraph by choice. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return choose(request, params, true);
}

/** DELETE: the delegation stops following it ("muted": proposing there later does not undo that). */
export function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return choose(request, params, false);
}
