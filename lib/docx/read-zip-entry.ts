import type JSZip from 'jszip';

/** Far above any real resolution (a 100-page draft is a few MB of XML) and far below what breaks the server. */
export const maxDocxPartBytes = 40 * 1024 * 1024;
export const maxDocxTotalBytes = 120 * 1024 * 1024;

export class OversizedDocxError extends Error {}

/** The package's central directory could not be found or read. */
export class DamagedZipError extends Error {}

export interface ZipEntrySize {
  name: string;
  uncompressedSize: number;
}

// Signatures and offsets from PKWARE's APPNOTE.TXT (6.3.10), sections 4.3.12 to 4.3.16 and 4.5.3.
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;

function findEndOfCentralDirectory(buffer: Buffer): number {
  const last = buffer.length - 22;
  for (let offset = last; offset >= 0 && offset >= last - MAX_COMMENT; offset--) {
    if (buffer.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new DamagedZipError('no end of central directory record');
}

function readDirectoryPlace(buffer: Buffer): { count: number; offset: number } {
  const end = findEndOfCentralDirectory(buffer);
  const count = buffer.readUInt16LE(end + 10);
  const offset = buffer.readUInt32LE(end + 16);
  if (count !== 0xffff && offset !== 0xffffffff) return { count, offset };
  const locator = end - 20;
  if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_END_LOCATOR)
    throw new DamagedZipError('no ZIP64 end of central directory locator');
  const record = Number(buffer.readBigUInt64LE(locator + 8));
  if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_END_OF_CENTRAL_DIRECTORY) {
    throw new DamagedZipError('no ZIP64 end of central directory record');
  }
  return { count: Number(buffer.readBigUInt64LE(record + 32)), offset: Number(buffer.readBigUInt64LE(record + 48)) };
}

/** The uncompressed size of a ZIP64 entry, from its extended information extra field (APPNOTE 4.5.3). */
function readZip64Size(extra: Buffer): number | undefined {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA && size >= 8) return Number(extra.readBigUInt64LE(at + 4));
    at += 4 + size;
  }
  return undefined;
}

/** Each entry's name and declared uncompressed size, read from the package's central directory. */
export function readZipEntrySizes(buffer: Buffer): ZipEntrySize[] {
  try {
    const { count, offset } = readDirectoryPlace(buffer);
    const entries: ZipEntrySize[] = [];
    let at = offset;
    for (let index = 0; index < count; index++) {
      if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_FILE_HEADER)
        throw new DamagedZipError(`central directory entry ${index + 1} is missing`);
      const declared = buffer.readUInt32LE(at + 24);
      const nameLength = buffer.readUInt16LE(at + 28);
      const extraLength = buffer.readUInt16LE(at + 30);
      const commentLength = buffer.readUInt16LE(at + 32);
      const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
      const extra = buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      // A size of 0xFFFFFFFF says the real one is in the ZIP64 extra field; a missing field is read as too large.
      const uncompressedSize = declared === 0xffffffff ? (readZip64Size(extra) ?? Number.POSITIVE_INFINITY) : declared;
      entries.push({ name, uncompressedSize });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch (error) {
    if (error instanceof DamagedZipError) throw error;
    // Buffer reads past the end: the directory points outside the file.
    throw new DamagedZipError('the central directory points outside the file', { cause: error });
  }
}

/**
 * The sizes a ZIP declares for its parts, summed, so a small upload that would
 * inflate to gigabytes is refused before anything is inflated.
 */
export function checkDeclaredSizes(buffer: Buffer): void {
  let total = 0;
  for (const { name, uncompressedSize: size } of readZipEntrySizes(buffer)) {
    if (size > maxDocxPartBytes) throw new OversizedDocxError(`${name} would be ${Math.round(size / 2 ** 20)} MB once unpacked.`);
    total += size;
  }
  if (total > maxDocxTotalBytes) throw new OversizedDocxError(`the file would be ${Math.round(total / 2 ** 20)} MB once unpacked.`);
}

/** Inflates one part as text, stopping as soon as it passes the limit, whatever the ZIP claimed. */
export function readZipEntryText(file: JSZip.JSZipObject, maxBytes = maxDocxPartBytes): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = file.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          stream.pause();
          reject(new OversizedDocxError(`${file.name} is larger than ${Math.round(maxBytes / 2 ** 20)} MB once unpacked.`));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
