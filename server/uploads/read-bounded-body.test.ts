import { describe, expect, it } from 'vitest';
import { readBoundedBody } from './read-bounded-body';
import { UploadTooLargeError } from './upload-too-large-error';

const CHUNK = 64 * 1024;

/** A body that produces `chunks` chunks of 64 KiB on demand and records how many were asked for and whether it was cancelled. */
function createSource(chunks: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled === chunks) return controller.close();
        state.pulled += 1;
        controller.enqueue(new Uint8Array(CHUNK).fill(0x61));
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

describe('readBoundedBody', () => {
  it('returns a body within the limit whole', async () => {
    const { stream } = createSource(3);
    const bytes = await readBoundedBody(stream, 3 * CHUNK);
    expect(bytes.byteLength).toBe(3 * CHUNK);
    expect(bytes.every((byte) => byte === 0x61)).toBe(true);
  });

  it('stops reading and cancels the body as soon as it passes the limit', async () => {
    // 150 MB on offer; the limit is 1 MB.
    const { stream, state } = createSource(2400);
    await expect(readBoundedBody(stream, 1024 * 1024)).rejects.toBeInstanceOf(UploadTooLargeError);
    expect(state.pulled).toBe(17);
    expect(state.cancelled).toBe(true);
  });

  it('reads no body as empty', async () => {
    expect((await readBoundedBody(null, 10)).byteLength).toBe(0);
  });
});
