import { NextResponse } from 'next/server';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { deleteDraft } from '@/server/drafts/delete-draft';
import { respondWithError } from '@/server/http/respond-with-error';

/** Only a draft created by mistake, before anyone else worked on it; otherwise the answer says why and to archive it. */
export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await deleteDraft(getDb(), await requireSignedIn(), id);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return respondWithError(error);
  }
}
