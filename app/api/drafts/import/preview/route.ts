import { NextResponse } from 'next/server';
import { requireDraftImportAccess } from '@/server/auth/require-draft-import-access';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { readDraftFile } from '@/server/drafts/read-draft-file';
import { readDraftImportForm } from '@/server/drafts/read-draft-import-form';

/** Reads the file and answers the recovered structure; nothing is created until ../save. */
export async function POST(request: Request) {
  try {
    await requireDraftImportAccess(request);
    const file = await readDraftImportForm(request);
    const { document, notImported, warnings } = await readDraftFile(getDb(), file.name, file.content);
    return NextResponse.json({
      fileName: file.name,
      document: file.title ? { ...document, title: file.title } : document,
      notImported,
      warnings,
    });
  } catch (error) {
    return respondWithError(error);
  }
}
