import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireNegotiationAccess } from '@/server/auth/current-user';
import { invalidInputError } from '@/server/errors/invalid-input-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import { getDb } from '@/server/db/client';
import { createDraft } from '@/server/drafts/create-draft';
import { findDefaultNegotiation } from '@/server/negotiations/find-default-negotiation';

const createDraftBody = z.object({
  title: z.string().trim().min(1, 'Give the draft a title.').max(300, 'Keep the title under 300 characters.'),
  /** A corpus document (id such as "cop-res-11-5", or number such as "11/5") or an earlier draft's id. */
  from: z.string().trim().min(1).max(200).optional(),
  /** Without it, the default negotiation. */
  negotiationId: z.string().trim().min(1).max(100).optional(),
});

export async function POST(request: Request) {
  try {
    const parsed = createDraftBody.safeParse(await request.json().catch(() => null));
    if (!parsed.success) {
      throw invalidInputError(parsed.error, 'Send a JSON body with a title.');
    }
    const { title, from } = parsed.data;
    const db = getDb();
    const negotiationId = parsed.data.negotiationId ?? (await findDefaultNegotiation(db)).id;
    const { user } = await requireNegotiationAccess(negotiationId, 'draft:create');
    const document = from ? await findCorpusDocument(db, from) : null;
    const draft = await createDraft(db, {
      title,
      createdById: user.id,
      negotiationId,
      ...(document ? { from: { document } } : from ? { from: { draftId: from } } : {}),
    });
    return NextResponse.json({ id: draft.id }, { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
