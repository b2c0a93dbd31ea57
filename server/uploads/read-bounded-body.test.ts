import { describe, expect, it } from 'vitest';
import { readBoundedBody } from './read-bounded-body';
import { chunkBytes as CHUNK, createChunkedBody as createSource } from '@/test-support/chunked-body';

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
    await expect(readBoundedBody(stream, 1024 * 1024)).rejects.toMatchObject({ code: 'too-large' });
    expect(state.pulled).toBe(17);
    expect(state.cancelled).toBe(true);
  });

  it('reads no body as empty', async () => {
    expect((await readBoundedBody(null, 10)).byteLength).toBe(0);
  });
});
