/**
 * How many pages a PDF has, read from its page objects (`/Type /Page`, not `/Pages`). Enough for the PDFs
 * LibreOffice writes, whose object dictionaries are never packed into compressed object streams; null when a
 * PDF does keep them there, rather than a wrong number.
 */
export function countPdfPages(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  return pages > 0 ? pages : null;
}
