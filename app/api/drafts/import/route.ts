import { NextResponse } from 'next/server';
import { requireDraftImportAccess } from '@/server/auth/require-draft-import-access';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { importDraftFile } from '@/server/drafts/import-draft-file';
import { readDraftImportForm } from '@/server/drafts/read-draft-import-form';

/** One step, read and saved as parsed (scripts, tests). The web form previews first: see ./preview and ./save. */
export async function POST(request: Request) {
  try {
    const { user, access, negotiationId } = await requireDraftImportAccess(request);
    const file = await readDraftImportForm(request);
    const result = await importDraftFile(getDb(), {
      ...file,
      createdById: user.id,
      negotiationId,
      // The text as it arrived is the base that later revisions are tracked against in Word; created with the draft, atomically.
      asImportedBy: { ...user, delegation: access.delegation },
    });
    return NextResponse.json(result, { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
