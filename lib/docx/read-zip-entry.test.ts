import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importDraftDocx } from './import-draft-docx';
import { DocxImportError } from './docx-import-error';
import { readZipEntryText } from './read-zip-entry';

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
});
