import { AppError } from '@/server/errors/app-error';

/**
 * Reads a request body while counting its bytes, and stops as soon as they
 * pass `maxBytes`: the stream is cancelled and what arrived is dropped. A
 * chunked body has no Content-Length to refuse it by, and `formData()` or
 * `arrayBuffer()` would hold all of it in memory before anything could be
 * checked; here at most `maxBytes` plus one chunk is ever held.
 */
export async function readBoundedBody(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      chunks.length = 0;
      await reader.cancel().catch(() => undefined);
      throw new AppError(
        'too-large',
        `The upload is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; it was not read further and nothing was saved.`,
        'upload-too-large',
        { megabytes: String(Math.round(maxBytes / 1024 / 1024)) },
      );
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
