/**
 * A Word file as LibreOffice should print it. Word writes a symbol footnote ("*") with the symbol as text at the
 * start of the footnote; LibreOffice 7.4 prints its own label there as well, so the PDF would read "**". The PDF
 * is made from a copy without that leading symbol; the Word file people download keeps Word's markup.
 */

import JSZip from 'jszip';

const CUSTOM_REFERENCE =
  /<w:footnoteReference\b[^>]*?\bw:customMarkFollows="(?:1|true|on)"[^>]*?\bw:id="(-?\d+)"|<w:footnoteReference\b[^>]*?\bw:id="(-?\d+)"[^>]*?\bw:customMarkFollows="(?:1|true|on)"/g;
const NOTE = /<w:footnote\b[^>]*?\bw:id="(-?\d+)"[^>]*>[^]*?<\/w:footnote>/g;
/** The first run of the footnote when it holds only text in the footnote reference style: the symbol Word wrote. */
const LEADING_MARK_RUN =
  /<w:r>(?:<w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr>)<w:t(?: xml:space="preserve")?>[^<]{1,8}<\/w:t><\/w:r>/;

export function removeCustomMarkText(documentXml: string, footnotesXml: string): string {
  const custom = new Set([...documentXml.matchAll(CUSTOM_REFERENCE)].map((match) => match[1] ?? match[2]));
  if (custom.size === 0) return footnotesXml;
  return footnotesXml.replace(NOTE, (note, id: string) => (custom.has(id) ? note.replace(LEADING_MARK_RUN, '') : note));
}

/** Anything that is not a readable Word file goes to LibreOffice as it came, for LibreOffice to judge. */
async function openZip(buffer: Buffer): Promise<JSZip | null> {
  try {
    return await JSZip.loadAsync(buffer);
  } catch {
    return null;
  }
}

export async function adaptDocxForLibreOffice(buffer: Buffer): Promise<Buffer> {
  const zip = await openZip(buffer);
  if (!zip) return buffer;
  const documentFile = zip.file('word/document.xml');
  const footnotesFile = zip.file('word/footnotes.xml');
  if (!documentFile || !footnotesFile) return buffer;
  const footnotesXml = await footnotesFile.async('string');
  const adapted = removeCustomMarkText(await documentFile.async('string'), footnotesXml);
  if (adapted === footnotesXml) return buffer;
  zip.file('word/footnotes.xml', adapted);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
