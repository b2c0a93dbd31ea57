import { NextResponse } from 'next/server';
import { z } from 'zod';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { requireSiteAccess } from '@/server/auth/current-user';
import { AppError } from '@/server/errors/app-error';
import { respondWithError } from '@/server/http/respond-with-error';
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
    await requireSiteAccess('corpus:import');
    const form = await readUploadForm(request, maxImportBytes).catch((error: unknown) => {
      if (error instanceof UploadTooLargeError)
        throw new AppError('too-large', `The file is larger than ${maxImportBytes / 1024 / 1024} MB; the upload was stopped.`);
      throw new AppError('invalid-input', 'Send the file as multipart form data with a "file" field.');
    });
    const file = form.get('file');
    if (!(file instanceof File)) throw new AppError('invalid-input', 'Choose a file to import (.txt, .md or .docx).');
    if (file.size > maxImportBytes) throw new AppError('too-large', `The file is larger than ${maxImportBytes / 1024 / 1024} MB.`);
    const meta = metaSchema.safeParse(Object.fromEntries(['title', 'body', 'sponsors', 'kind', 'year'].map((key) => [key, form.get(key)])));
    if (!meta.success)
      throw new AppError(
        'invalid-input',
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
