import type { CorpusDocument } from '@/lib/corpus/types';
import { importedDocumentSchema, toImportedDocument } from '@/lib/imports/imported-document-schema';
import { AppError } from '@/server/errors/app-error';
import { readBoundedBody } from '@/server/uploads/read-bounded-body';

/** A previewed document is its text plus a little JSON around it, well under the upload limit it came through. */
const MAX_JSON_BYTES = 32 * 1024 * 1024;

/**
 * Reads a previewed import sent back to be saved: bounded JSON, validated
 * against the schema, with references recomputed here from the kinds and the
 * order (never taken from the browser).
 */
export async function readCorrectedImport(request: Request): Promise<{ fileName: string; document: CorpusDocument }> {
  const bytes = await readBoundedBody(request.body, MAX_JSON_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError('invalid-input', 'Send the previewed document as JSON. Nothing was saved.', 'preview-not-json');
  }
  const parsed = importedDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new AppError('invalid-input', `The previewed document cannot be saved (${issues}). Nothing was saved.`, 'preview-invalid', {
      issues,
    });
  }
  return { fileName: parsed.data.fileName, document: toImportedDocument(parsed.data) };
}
