import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { DraftNotFoundError } from '@/server/drafts/load-draft-snapshot';
import { DraftNotSavedError, flushRealtimeDraft } from '@/server/realtime/flush-realtime-draft';
import { issueRevision, RevisionNameTakenError } from '@/server/revisions/issue-revision';
import { listRevisions } from '@/server/revisions/list-revisions';

const bodySchema = z.object({ name: z.string().trim().min(1, 'Name the revision, e.g. "Rev.1".').max(60) });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    await requireDraftAccess(id, 'draft:read');
    return NextResponse.json(await listRevisions(getDb(), id));
  } catch (error) {
    return respondWithError(error);
  }
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user, access } = await requireDraftAccess(id, 'draft:issue-revision');
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw new AppError('invalid-input', body.error.issues[0]?.message ?? 'Name the revision.');
    const db = getDb();
    await flushRealtimeDraft(user, access).catch((error: unknown) => {
      if (error instanceof DraftNotSavedError) {
        throw new AppError(
          'unavailable',
          `${error.message} The revision was not issued, so it cannot miss the latest changes; try again in a minute.`,
        );
      }
      throw error;
    });
    const revision = await issueRevision(db, id, body.data.name, { ...user, delegation: access.delegation }).catch((error: unknown) => {
      if (error instanceof DraftNotFoundError) throw new AppError('not-found', error.message);
      if (error instanceof RevisionNameTakenError) throw new AppError('conflict', error.message);
      throw error;
    });
    return NextResponse.json(revision, { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
