import type JSZip from 'jszip';

/** Far above any real resolution (a 100-page draft is a few MB of XML) and far below what breaks the server. */
export const maxDocxPartBytes = 40 * 1024 * 1024;
export const maxDocxTotalBytes = 120 * 1024 * 1024;

export class OversizedDocxError extends Error {}

interface JSZipStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): JSZipStream;
  on(event: 'error', listener: (error: Error) => void): JSZipStream;
  on(event: 'end', listener: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

/**
 * The sizes a ZIP declares for its parts, summed, so a small upload that would
 * inflate to gigabytes is refused before anything is inflated.
 */
export function checkDeclaredSizes(zip: JSZip): void {
  let total = 0;
  zip.forEach((path, file) => {
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (size > maxDocxPartBytes) throw new OversizedDocxError(`${path} would be ${Math.round(size / 2 ** 20)} MB once unpacked.`);
    total += size;
  });
  if (total > maxDocxTotalBytes) throw new OversizedDocxError(`the file would be ${Math.round(total / 2 ** 20)} MB once unpacked.`);
}

/** Inflates one part as text, stopping as soon as it passes the limit, whatever the ZIP claimed. */
export function readZipEntryText(file: JSZip.JSZipObject, maxBytes = maxDocxPartBytes): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    // internalStream exists at run time but is missing from JSZip's type declarations.
    const stream = (file as unknown as { internalStream(type: 'uint8array'): JSZipStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        size += chunk.length;
        if (size > maxBytes) {
          stream.pause();
          reject(new OversizedDocxError(`${file.name} is larger than ${Math.round(maxBytes / 2 ** 20)} MB once unpacked.`));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      .resume();
  });
}
