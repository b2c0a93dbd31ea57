import { NextResponse } from 'next/server';
import { requireSignedIn } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { archiveDraft } from '@/server/drafts/archive-draft';
import { respondWithError } from '@/server/http/respond-with-error';

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await archiveDraft(getDb(), await requireSignedIn(), id);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return respondWithError(error);
  }
}
