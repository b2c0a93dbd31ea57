import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireDraftAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { invalidInputError, type SchemaRefusals } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { flushRealtimeDraft } from '@/server/realtime/flush-realtime-draft';
import { issueRevision } from '@/server/revisions/issue-revision';
import { listRevisions } from '@/server/revisions/list-revisions';

const refusals = { 'revision-name-missing': { message: 'Name the revision, e.g. "Rev.1".' } } satisfies SchemaRefusals;

const bodySchema = z.object({ name: z.string().trim().min(1, refusals['revision-name-missing'].message).max(60) });

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
    if (!body.success) throw invalidInputError(body.error, 'Name the revision.', { reasons: refusals });
    // The rows a revision is read from must hold the last keystrokes first.
    await flushRealtimeDraft(user, access);
    const revision = await issueRevision(getDb(), id, body.data.name, { ...user, delegation: access.delegation });
    return NextResponse.json(revision, { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
