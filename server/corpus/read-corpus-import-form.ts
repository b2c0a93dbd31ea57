import { corpusImportExtensions, describeImportFormats, listImportFormats } from '@/lib/corpus/import-formats';
import { z } from 'zod';
import { AppError } from '@/server/errors/app-error';
import { readUploadForm } from '@/server/uploads/read-upload-form';
import { maxImportBytes } from './max-import-bytes';
import type { ImportFile } from './read-corpus-file';

const optionalText = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.string().trim().min(1).max(500).optional(),
);

const metaSchema = z.object({
  title: optionalText,
  body: optionalText,
  sponsors: optionalText,
  symbol: optionalText,
  session: optionalText,
  kind: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.enum(['resolution', 'decision', 'draft resolution', 'revised draft resolution', 'recommendations', 'other']).optional(),
  ),
  year: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.coerce.number().int().min(1945).max(2100).optional(),
  ),
});

/** The corpus import form (file and catalogue fields), as the one-step import and the preview both receive it. */
export async function readCorpusImportForm(request: Request): Promise<ImportFile> {
  const form = await readUploadForm(request, maxImportBytes);
  const file = form.get('file');
  if (!(file instanceof File))
    throw new AppError(
      'invalid-input',
      `Choose a file to import (${describeImportFormats(corpusImportExtensions)}).`,
      'import-file-missing',
      listImportFormats(corpusImportExtensions),
    );
  if (file.size > maxImportBytes)
    throw new AppError('too-large', `The file is larger than ${maxImportBytes / 1024 / 1024} MB.`, 'import-file-too-large', {
      megabytes: String(maxImportBytes / 1024 / 1024),
    });
  const meta = metaSchema.safeParse(
    Object.fromEntries(['title', 'body', 'sponsors', 'symbol', 'session', 'kind', 'year'].map((key) => [key, form.get(key)])),
  );
  if (!meta.success) {
    const issues = meta.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new AppError('invalid-input', `Catalogue fields: ${issues}`, 'import-catalogue-fields', { issues });
  }
  return { name: file.name, content: Buffer.from(await file.arrayBuffer()), meta: meta.data };
}
