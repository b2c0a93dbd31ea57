import { NextResponse } from 'next/server';
import { requireSiteAccess } from '@/server/auth/current-user';
import { respondWithError } from '@/server/http/respond-with-error';
import { saveImportedCorpusDocument } from '@/server/corpus/save-imported-corpus-document';
import { getDb } from '@/server/db/client';
import { readCorrectedImport } from '@/server/imports/read-corrected-import';

/** Saves a previewed (and perhaps corrected) document exactly as shown, its references recomputed here. */
export async function POST(request: Request) {
  try {
    await requireSiteAccess('corpus:import');
    const { fileName, document: corrected } = await readCorrectedImport(request);
    const { document, changed } = await saveImportedCorpusDocument(getDb(), corrected, fileName);
    return NextResponse.json({ document, changed });
  } catch (error) {
    return respondWithError(error);
  }
}
