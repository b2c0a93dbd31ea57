import { readBoundedBody } from './read-bounded-body';
import { UploadTooLargeError } from './upload-too-large-error';

/** Form fields and multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

/**
 * Reads a multipart upload whose file may be at most `maxFileBytes`. A
 * declared Content-Length over the limit is refused before reading; any other
 * body is read with a byte counter and refused (`UploadTooLargeError`) the
 * moment it passes the limit, chunked or not. The form is parsed only from
 * the bytes kept. Anything that is not multipart form data raises a plain
 * `Error`.
 */
export async function readUploadForm(request: Request, maxFileBytes: number): Promise<FormData> {
  const maxBytes = maxFileBytes + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw new UploadTooLargeError(maxBytes);
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    await request.body?.cancel().catch(() => undefined);
    throw new Error('The upload is not multipart form data.');
  }
  const bytes = await readBoundedBody(request.body, maxBytes);
  return new Response(bytes, { headers: { 'content-type': contentType } }).formData();
}
