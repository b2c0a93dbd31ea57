import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { countPdfPages } from './count-pdf-pages';

async function pdfOfPages(count: number): Promise<Buffer> {
  const document = new PDFDocument({ compress: false });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => document.on('end', () => resolve()));
  for (let page = 1; page <= count; page += 1) {
    if (page > 1) document.addPage();
    document.text(`Page ${page}`);
  }
  document.end();
  await done;
  return Buffer.concat(chunks);
}

describe('countPdfPages', () => {
  it('counts page objects, not the page tree', async () => {
    expect(countPdfPages(await pdfOfPages(1))).toBe(1);
    expect(countPdfPages(await pdfOfPages(3))).toBe(3);
  });

  it('says it does not know rather than guess', () => {
    expect(countPdfPages(Buffer.from('%PDF-1.7\n%%EOF\n'))).toBeNull();
  });
});
