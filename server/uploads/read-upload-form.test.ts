import { describe, expect, it } from 'vitest';
import { readUploadForm } from './read-upload-form';
import { createChunkedBody as createSource } from '@/test-support/chunked-body';

describe('readUploadForm', () => {
  const multipart = (boundary: string, content: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nA title\r\n--${boundary}--\r\n`;

  it('parses a multipart upload within the limit', async () => {
    const request = new Request('http://localhost/api/corpus/import', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
      body: multipart('XYZ', 'The Conference,\n\n1. Decides to act;\n'),
    });
    const form = await readUploadForm(request, 1024);
    const file = form.get('file') as File;
    expect(file.name).toBe('a.txt');
    expect(await file.text()).toBe('The Conference,\n\n1. Decides to act;\n');
    expect(form.get('title')).toBe('A title');
  });

  it('refuses a chunked body without Content-Length once it passes the limit, without reading the rest', async () => {
    const { stream, state } = createSource(2400);
    const request = new Request('http://localhost/api/corpus/import', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    await expect(readUploadForm(request, 0)).rejects.toMatchObject({ code: 'too-large' });
    expect(state.pulled).toBeLessThan(20);
    expect(state.cancelled).toBe(true);
  });

  it('refuses a declared Content-Length over the limit before reading anything', async () => {
    const { stream, state } = createSource(2400);
    const request = new Request('http://localhost/api/corpus/import', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ', 'content-length': String(150 * 1024 * 1024) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expect(readUploadForm(request, 1024)).rejects.toMatchObject({ code: 'too-large' });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('refuses what is not multipart form data', async () => {
    const request = new Request('http://localhost/api/corpus/import', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    await expect(readUploadForm(request, 1024)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/not multipart/),
    });
  });
});
