import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importDraftDocx } from './import-draft-docx';
import { DocxImportError } from './docx-import-error';
import { DamagedZipError, readZipEntrySizes, readZipEntryText } from './read-zip-entry';

describe('reading Word packages safely', () => {
  it('refuses a small upload that would unpack to tens of megabytes, before unpacking it', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document>${' '.repeat(45 * 1024 * 1024)}</w:document>`);
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(importDraftDocx(bomb)).rejects.toThrow(DocxImportError);
    await expect(importDraftDocx(bomb)).rejects.toThrow(/too large/);
  });

  it('stops inflating a part at the limit even when the package understates its size', async () => {
    const zip = new JSZip();
    zip.file('part.xml', 'x'.repeat(2 * 1024 * 1024));
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    await expect(readZipEntryText(loaded.file('part.xml')!, 1024 * 1024)).rejects.toThrow(/larger than 1 MB/);
    await expect(readZipEntryText(loaded.file('part.xml')!, 4 * 1024 * 1024)).resolves.toHaveLength(2 * 1024 * 1024);
  });

  it('reads each entry’s uncompressed size from the central directory', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'a'.repeat(123_456));
    zip.file('empty.txt', '');
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', comment: 'a package comment' });
    expect(readZipEntrySizes(buffer)).toEqual([
      { name: 'word/', uncompressedSize: 0 },
      { name: 'word/document.xml', uncompressedSize: 123_456 },
      { name: 'empty.txt', uncompressedSize: 0 },
    ]);
    expect(() => readZipEntrySizes(buffer.subarray(0, buffer.length - 30))).toThrow(DamagedZipError);
    await expect(importDraftDocx(Buffer.from('PK\u0003\u0004broken zip', 'latin1'))).rejects.toThrow(/damaged/);
  });
});
