import { NextResponse } from 'next/server';
import { z } from 'zod';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { HttpError, requirePermission, respondWithError } from '@/server/auth/current-user';
import { importCorpusFile } from '@/server/corpus/import-corpus-file';
import { maxImportBytes } from '@/server/corpus/max-import-bytes';
import { getDb } from '@/server/db/client';
import { ImportRefusedError } from '@/server/imports/import-refused-error';
import { readUploadForm } from '@/server/uploads/read-upload-form';
import { UploadTooLargeError } from '@/server/uploads/upload-too-large-error';

const optionalText = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.string().trim().min(1).max(500).optional(),
);

const metaSchema = z.object({
  title: optionalText,
  body: optionalText,
  sponsors: optionalText,
  kind: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.enum(['resolution', 'decision', 'draft resolution', 'revised draft resolution', 'recommendations', 'other']).optional(),
  ),
  year: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.coerce.number().int().min(1945).max(2100).optional(),
  ),
});

export async function POST(request: Request) {
  try {
    await requirePermission('corpus:import');
    const form = await readUploadForm(request, maxImportBytes).catch((error: unknown) => {
      if (error instanceof UploadTooLargeError)
        throw new HttpError(413, `The file is larger than ${maxImportBytes / 1024 / 1024} MB; the upload was stopped.`);
      throw new HttpError(400, 'Send the file as multipart form data with a "file" field.');
    });
    const file = form.get('file');
    if (!(file instanceof File)) throw new HttpError(400, 'Choose a file to import (.txt, .md or .docx).');
    if (file.size > maxImportBytes) throw new HttpError(413, `The file is larger than ${maxImportBytes / 1024 / 1024} MB.`);
    const meta = metaSchema.safeParse(Object.fromEntries(['title', 'body', 'sponsors', 'kind', 'year'].map((key) => [key, form.get(key)])));
    if (!meta.success)
      throw new HttpError(
        400,
        `Catalogue fields: ${meta.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    const { document, changed } = await importCorpusFile(getDb(), {
      name: file.name,
      content: Buffer.from(await file.arrayBuffer()),
      meta: meta.data,
    });
    return NextResponse.json({ document, changed });
  } catch (error) {
    if (error instanceof CorpusParseError) {
      return NextResponse.json({ error: error.message, line: error.line }, { status: 422 });
    }
    if (error instanceof ImportRefusedError) return NextResponse.json({ error: error.message }, { status: error.status });
    return respondWithError(error);
  }
}
