import { NextResponse } from 'next/server';
import { requireNegotiationAccess } from '@/server/auth/current-user';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { findDefaultNegotiation } from '@/server/negotiations/find-default-negotiation';
import { saveImportedDraft } from '@/server/drafts/save-imported-draft';
import { readCorrectedImport } from '@/server/imports/read-corrected-import';

/** Creates the draft from a previewed (and perhaps corrected) document exactly as shown, its references recomputed here. */
export async function POST(request: Request) {
  try {
    const negotiationParam = new URL(request.url).searchParams.get('negotiation')?.trim();
    const negotiationId = negotiationParam || (await findDefaultNegotiation(getDb())).id;
    const { user, access } = await requireNegotiationAccess(negotiationId, 'draft:create');
    const { document, fileName } = await readCorrectedImport(request);
    if (document.paragraphs.length === 0)
      throw new AppError('invalid-input', `${fileName} has no paragraphs to draft from. Nothing was created.`);
    const result = await saveImportedDraft(getDb(), {
      document,
      createdById: user.id,
      negotiationId,
      asImportedBy: { ...user, delegation: access.delegation },
    });
    return NextResponse.json(result, { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
