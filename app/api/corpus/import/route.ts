import { NextResponse } from 'next/server';
import { requireSiteAccess } from '@/server/auth/current-user';
import { respondWithError } from '@/server/http/respond-with-error';
import { importCorpusFile } from '@/server/corpus/import-corpus-file';
import { readCorpusImportForm } from '@/server/corpus/read-corpus-import-form';
import { getDb } from '@/server/db/client';

/** One step, read and saved as parsed (the CLI, scripts). The web form previews first: see ./preview and ./save. */
export async function POST(request: Request) {
  try {
    await requireSiteAccess('corpus:import');
    const file = await readCorpusImportForm(request);
    const { document, changed } = await importCorpusFile(getDb(), file);
    return NextResponse.json({ document, changed });
  } catch (error) {
    return respondWithError(error);
  }
}
