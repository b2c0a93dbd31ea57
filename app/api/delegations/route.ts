import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { listNegotiationDirectory } from '@/server/negotiations/list-negotiation-directory';

const querySchema = z.object({ draft: z.string().trim().min(1).max(100) });

/**
 * GET ?draft=<id>: the delegations and people (names, never e-mails) of that draft's negotiation, and the
 * Chair, so the drafting room and the compilation can name supporters, objectors and deciders who are not in the room.
 */
export async function GET(request: Request) {
  try {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw invalidInputError(query.error, 'Name the draft: ?draft=<id>.', { preferSchemaMessage: false });
    const { access } = await requireDraftAccess(query.data.draft, 'draft:read');
    return NextResponse.json(await listNegotiationDirectory(getDb(), access.draft.negotiationId));
  } catch (error) {
    return respondWithError(error);
  }
}
