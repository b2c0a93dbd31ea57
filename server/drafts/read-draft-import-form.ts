import { describeImportFormats, draftImportExtensions, listImportFormats } from '@/lib/corpus/import-formats';
import { maxImportBytes as maxBytes } from '@/server/corpus/max-import-bytes';
import { AppError } from '@/server/errors/app-error';
import { readUploadForm } from '@/server/uploads/read-upload-form';

/** The draft import form (file and optional title), as the one-step import and the preview both receive it. */
export async function readDraftImportForm(request: Request): Promise<{ name: string; content: Buffer; title?: string }> {
  const form = await readUploadForm(request, maxBytes);
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0)
    throw new AppError(
      'invalid-input',
      `Choose a file to import (${describeImportFormats(draftImportExtensions)}).`,
      'import-file-missing',
      listImportFormats(draftImportExtensions),
    );
  if (file.size > maxBytes)
    throw new AppError(
      'too-large',
      `The file is larger than ${maxBytes / 1024 / 1024} MB. Nothing was created.`,
      'draft-import-too-large',
      {
        megabytes: String(maxBytes / 1024 / 1024),
      },
    );
  const title = String(form.get('title') ?? '')
    .trim()
    .slice(0, 300);
  return { name: file.name, content: Buffer.from(await file.arrayBuffer()), ...(title ? { title } : {}) };
}
