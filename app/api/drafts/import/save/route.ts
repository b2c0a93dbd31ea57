import { NextResponse } from 'next/server';
import { requireDraftImportAccess } from '@/server/auth/require-draft-import-access';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { saveImportedDraft } from '@/server/drafts/save-imported-draft';
import { readCorrectedImport } from '@/server/imports/read-corrected-import';

/** Creates the draft from a previewed (and perhaps corrected) document exactly as shown, its references recomputed here. */
export async function POST(request: Request) {
  try {
    const { user, access, negotiationId } = await requireDraftImportAccess(request);
    const { document, fileName } = await readCorrectedImport(request);
    if (document.paragraphs.length === 0)
      throw new AppError(
        'invalid-input',
        `${fileName} has no paragraphs to draft from. Nothing was created.`,
        'draft-import-no-paragraphs',
        {
          name: fileName,
        },
      );
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
