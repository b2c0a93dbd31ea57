import { NextResponse } from 'next/server';
import { requireSiteAccess } from '@/server/auth/current-user';
import { respondWithError } from '@/server/http/respond-with-error';
import { readCorpusFile } from '@/server/corpus/read-corpus-file';
import { readCorpusImportForm } from '@/server/corpus/read-corpus-import-form';
import { getDb } from '@/server/db/client';

/** Reads the file and answers the recovered structure; nothing is saved until ../save. */
export async function POST(request: Request) {
  try {
    await requireSiteAccess('corpus:import');
    const file = await readCorpusImportForm(request);
    const document = await readCorpusFile(getDb(), file);
    return NextResponse.json({ fileName: file.name, document, warnings: [] });
  } catch (error) {
    return respondWithError(error);
  }
}
