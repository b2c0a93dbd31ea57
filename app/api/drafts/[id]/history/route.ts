import { NextResponse } from 'next/server';
import { HttpError, requirePermission, respondWithError } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listParagraphHistory } from '@/server/proposals/list-paragraph-history';

/** GET ?paragraph=<id>: who proposed, supported, objected to and decided what on one paragraph. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission('draft:read');
    const { id } = await params;
    const paragraphId = new URL(request.url).searchParams.get('paragraph');
    if (!paragraphId) throw new HttpError(400, 'Missing ?paragraph=<id>.');
    const db = getDb();
    if (!(await db.draft.findUnique({ where: { id }, select: { id: true } }))) throw new HttpError(404, `Draft ${id} does not exist.`);
    return NextResponse.json({ history: await listParagraphHistory(db, id, paragraphId) });
  } catch (error) {
    return respondWithError(error);
  }
}
