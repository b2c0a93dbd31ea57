import { NextResponse } from 'next/server';
import { HttpError, requirePermission, respondWithError } from '@/server/auth/current-user';
import { maxImportBytes as maxBytes } from '@/server/corpus/max-import-bytes';
import { getDb } from '@/server/db/client';
import { DraftImportError, importDraftFile } from '@/server/drafts/import-draft-file';
import { ImportRefusedError } from '@/server/imports/import-refused-error';
import { readUploadForm } from '@/server/uploads/read-upload-form';
import { UploadTooLargeError } from '@/server/uploads/upload-too-large-error';

export async function POST(request: Request) {
  try {
    const user = await requirePermission('draft:create');
    const form = await readUploadForm(request, maxBytes).catch((error: unknown) => {
      if (error instanceof UploadTooLargeError)
        throw new HttpError(413, `The file is larger than ${maxBytes / 1024 / 1024} MB; the upload was stopped. Nothing was created.`);
      throw new HttpError(400, 'Send the file as multipart form data with a "file" field.');
    });
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) throw new HttpError(400, 'Choose a Word (.docx), text or Markdown file.');
    if (file.size > maxBytes) throw new HttpError(413, `The file is larger than ${maxBytes / 1024 / 1024} MB. Nothing was created.`);
    const title = String(form.get('title') ?? '')
      .trim()
      .slice(0, 300);
    const db = getDb();
    const result = await importDraftFile(db, {
      name: file.name,
      content: Buffer.from(await file.arrayBuffer()),
      createdById: user.id,
      // The text as it arrived is the base that later revisions are tracked against in Word; created with the draft, atomically.
      asImportedBy: user,
      ...(title ? { title } : {}),
    });
    return NextResponse.json(result, { status: 201 });
  } catch (error) {
    if (error instanceof DraftImportError) return NextResponse.json({ error: `${error.message} Nothing was created.` }, { status: 422 });
    if (error instanceof ImportRefusedError) return NextResponse.json({ error: error.message }, { status: error.status });
    return respondWithError(error);
  }
}
