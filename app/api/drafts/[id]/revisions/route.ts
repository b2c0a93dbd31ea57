import { NextResponse } from 'next/server';
import { z } from 'zod';
import { HttpError, requirePermission, respondWithError } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { DraftNotFoundError } from '@/server/drafts/load-draft-snapshot';
import { DraftNotSavedError, flushRealtimeDraft } from '@/server/realtime/flush-realtime-draft';
import { issueRevision, RevisionNameTakenError } from '@/server/revisions/issue-revision';
import { listRevisions } from '@/server/revisions/list-revisions';

const bodySchema = z.object({ name: z.string().trim().min(1, 'Name the revision, e.g. "Rev.1".').max(60) });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission('draft:read');
    const { id } = await params;
    return NextResponse.json(await listRevisions(getDb(), id));
  } catch (error) {
    return respondWithError(error);
  }
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requirePermission('draft:issue-revision');
    const { id } = await params;
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw new HttpError(400, body.error.issues[0]?.message ?? 'Name the revision.');
    const db = getDb();
    if (!(await db.draft.findUnique({ where: { id }, select: { id: true } }))) throw new HttpError(404, `There is no draft "${id}".`);
    await flushRealtimeDraft(db, user, id).catch((error: unknown) => {
      if (error instanceof DraftNotSavedError) {
        throw new HttpError(
          503,
          `${error.message} The revision was not issued, so it cannot miss the latest changes; try again in a minute.`,
        );
      }
      throw error;
    });
    const revision = await issueRevision(db, id, body.data.name, user).catch((error: unknown) => {
      if (error instanceof DraftNotFoundError) throw new HttpError(404, error.message);
      if (error instanceof RevisionNameTakenError) throw new HttpError(409, error.message);
      throw error;
    });
    return NextResponse.json(revision, { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
