import { NextResponse } from 'next/server';
import { requireDraftAccess } from '@/server/auth/current-user';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { listParagraphHistory } from '@/server/proposals/list-paragraph-history';

/** GET ?paragraph=<id>: who proposed, supported, objected to and decided what on one paragraph. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await requireDraftAccess(id, 'draft:read-audit');
    const paragraphId = new URL(request.url).searchParams.get('paragraph');
    if (!paragraphId) throw new AppError('invalid-input', 'Missing ?paragraph=<id>.', 'history-paragraph-missing');
    return NextResponse.json({ history: await listParagraphHistory(getDb(), id, paragraphId) });
  } catch (error) {
    return respondWithError(error);
  }
}
