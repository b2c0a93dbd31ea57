import { NextResponse } from 'next/server';
import { requireNegotiationAccess } from '@/server/auth/current-user';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
import { maxImportBytes as maxBytes } from '@/server/corpus/max-import-bytes';
import { getDb } from '@/server/db/client';
import { findDefaultNegotiation } from '@/server/negotiations/find-default-negotiation';
import { importDraftFile } from '@/server/drafts/import-draft-file';
import { readUploadForm } from '@/server/uploads/read-upload-form';

export async function POST(request: Request) {
  try {
    // Checked before the body is read, so nobody can make the server read a large file for a negotiation they are not on.
    const negotiationParam = new URL(request.url).searchParams.get('negotiation')?.trim();
    const negotiationId = negotiationParam || (await findDefaultNegotiation(getDb())).id;
    const { user, access } = await requireNegotiationAccess(negotiationId, 'draft:create');
    const form = await readUploadForm(request, maxBytes);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      throw new AppError('invalid-input', 'Choose a Word (.docx), text, Markdown or HTML file.');
    if (file.size > maxBytes) throw new AppError('too-large', `The file is larger than ${maxBytes / 1024 / 1024} MB. Nothing was created.`);
    const db = getDb();
    const title = String(form.get('title') ?? '')
      .trim()
      .slice(0, 300);
    const result = await importDraftFile(db, {
      name: file.name,
      content: Buffer.from(await file.arrayBuffer()),
      createdById: user.id,
      negotiationId,
      // The text as it arrived is the base that later revisions are tracked against in Word; created with the draft, atomically.
      asImportedBy: { ...user, delegation: access.delegation },
      ...(title ? { title } : {}),
    });
    return NextResponse.json(result, { status: 201 });
  } catch (error) {
    return respondWithError(error);
  }
}
