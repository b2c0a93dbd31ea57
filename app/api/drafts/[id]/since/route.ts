import { NextResponse } from 'next/server';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { respondWithError } from '@/server/http/respond-with-error';
import { findLastLookedAt } from '@/server/visits/find-last-looked-at';

/** When the person last looked at the draft before this sitting ({since: null} when there is nothing to compare). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user } = await requireDraftAccess(id, 'draft:read');
    const since = await findLastLookedAt(getDb(), user.id, id);
    return NextResponse.json({ since: since?.toISOString() ?? null });
  } catch (error) {
    return respondWithError(error);
  }
}
