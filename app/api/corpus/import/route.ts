import { NextResponse } from 'next/server';
import { z } from 'zod';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { HttpError, requirePermission, respondWithError } from '@/server/auth/current-user';
import { importCorpusFile, maxImportBytes } from '@/server/corpus/import-corpus-file';
import { getDb } from '@/server/db/client';

const optionalText = z.preprocess((value) => (value === '' || value === null ? undefined : value), z.string().trim().min(1).max(500).optional());

const metaSchema = z.object({
  title: optionalText,
  body: optionalText,
  sponsors: optionalText,
  kind: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.enum(['resolution', 'decision', 'draft resolution', 'revised draft resolution', 'recommendations', 'other']).optional(),
  ),
  year: z.preprocess((value) => (value === '' || value === null ? undefined : value), z.coerce.number().int().min(1945).max(2100).optional()),
});

export async function POST(request: Request) {
  try {
    await requirePermission('corpus:import');
    // Refuse before reading the body: formData() would buffer all of it first.
    if (Number(request.headers.get('content-length') ?? 0) > maxImportBytes + 1024 * 1024) throw new HttpError(413, 'The file is larger than ' + maxImportBytes / 1024 / 1024 + ' MB.');
    const form = await request.formData().catch(() => {
      throw new HttpError(400, 'Send the file as multipart form data with a "file" field.');
    });
    const file = form.get('file');
    if (!(file instanceof File)) throw new HttpError(400, 'Choose a file to import (.txt, .md or .docx).');
    if (file.size > maxImportBytes) throw new HttpError(413, `The file is larger than ${maxImportBytes / 1024 / 1024} MB.`);
    const meta = metaSchema.safeParse(Object.fromEntries(['title', 'body', 'sponsors', 'kind', 'year'].map((key) => [key, form.get(key)])));
    if (!meta.success) throw new HttpError(400, `Catalogue fields: ${meta.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
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
    return respondWithError(error);
  }
}
