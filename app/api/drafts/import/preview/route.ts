import { NextResponse } from 'next/server';
import { requireNegotiationAccess } from '@/server/auth/current-user';
import { respondWithError } from '@/server/http/respond-with-error';
import { getDb } from '@/server/db/client';
import { findDefaultNegotiation } from '@/server/negotiations/find-default-negotiation';
import { readDraftFile } from '@/server/drafts/read-draft-file';
import { readDraftImportForm } from '@/server/drafts/read-draft-import-form';

/** Reads the file and answers the recovered structure; nothing is created until ../save. */
export async function POST(request: Request) {
  try {
    // Checked before the body is read, as for the one-step import.
    const negotiationParam = new URL(request.url).searchParams.get('negotiation')?.trim();
    const negotiationId = negotiationParam || (await findDefaultNegotiation(getDb())).id;
    await requireNegotiationAccess(negotiationId, 'draft:create');
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
