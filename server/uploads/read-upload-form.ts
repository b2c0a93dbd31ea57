import { readBoundedBody } from './read-bounded-body';
import { AppError, isAppError } from '@/server/errors/app-error';

/** Form fields and multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

function tooLarge(maxFileBytes: number): AppError {
  return new AppError(
    'too-large',
    `The file is larger than ${Math.round(maxFileBytes / 1024 / 1024)} MB; the upload was stopped and nothing was saved.`,
    'upload-file-too-large',
    { megabytes: String(Math.round(maxFileBytes / 1024 / 1024)) },
  );
}

/**
 * Reads a multipart upload whose file may be at most `maxFileBytes`. A
 * declared Content-Length over the limit is refused before reading; any other
 * body is read with a byte counter and refused (AppError "too-large") the
 * moment it passes the limit, chunked or not. The form is parsed only from
 * the bytes kept. Anything that is not multipart form data is invalid input.
 */
export async function readUploadForm(request: Request, maxFileBytes: number): Promise<FormData> {
  const maxBytes = maxFileBytes + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(maxFileBytes);
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    await request.body?.cancel().catch(() => undefined);
    throw new AppError('invalid-input', 'The upload is not multipart form data: send the file in a "file" field.', 'upload-not-multipart');
  }
  const bytes = await readBoundedBody(request.body, maxBytes).catch((error: unknown) => {
    throw isAppError(error, 'too-large') ? tooLarge(maxFileBytes) : error;
  });
  return new Response(bytes, { headers: { 'content-type': contentType } }).formData().catch(() => {
    throw new AppError(
      'invalid-input',
      'The upload could not be read as multipart form data: send the file in a "file" field.',
      'upload-unreadable-form',
    );
  });
}
