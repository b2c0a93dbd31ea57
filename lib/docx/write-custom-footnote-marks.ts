/**
 * Footnotes marked with a symbol ("*") rather than a number, written into a packed .docx: the docx library has
 * no option for them.
 */

import JSZip from 'jszip';

export interface CustomFootnoteMark {
  id: number;
  mark: string;
}

const REFERENCE = /<w:footnoteReference\b[^>]*?\bw:id="(-?\d+)"/g;
const NOTE = /<w:footnote\b[^>]*?\bw:id="(-?\d+)"[^>]*>[^]*?<\/w:footnote>/g;

/** Text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * New ids for the footnotes, 1, 2, 3 … in the order the document refers to them. Word pairs references and
 * footnotes by id wherever they stand, but LibreOffice 7.4 gives the n-th reference the n-th footnote, so a "*"
 * footnote in the furniture, made after the text's footnotes, would take the first text footnote's content.
 */
function planIds(documentXml: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [, id] of documentXml.matchAll(REFERENCE)) {
    if (!ids.has(id!)) ids.set(id!, String(ids.size + 1));
  }
  return ids;
}

/**
 * The footnote's own text opens with its mark as Word writes it for a custom mark: the symbol as text, not the
 * `w:footnoteRef` number the docx library puts there.
 */
function writeMark(footnote: string, mark: string, id: number): string {
  if (!footnote.includes('<w:footnoteRef/>')) throw new Error(`Footnote ${id} has no reference mark to replace`);
  return footnote.replace('<w:footnoteRef/>', `<w:t xml:space="preserve">${escapeXml(mark)}</w:t>`);
}

export function rewriteFootnotes(
  documentXml: string,
  footnotesXml: string,
  marks: readonly CustomFootnoteMark[],
): { documentXml: string; footnotesXml: string } {
  const ids = planIds(documentXml);
  const markOf = new Map(marks.map((mark) => [String(mark.id), mark]));
  const notes: { id: number; xml: string }[] = [];
  let rest = footnotesXml;
  for (const match of footnotesXml.matchAll(NOTE)) {
    const [xml, id] = match as unknown as [string, string];
    // Separators keep their place and ids; footnotes nobody refers to are dropped.
    if (/\bw:type="/.test(xml.slice(0, xml.indexOf('>')))) continue;
    rest = rest.replace(xml, '');
    const newId = ids.get(id);
    if (newId === undefined) continue;
    const custom = markOf.get(id);
    const renamed = xml.replace(/\bw:id="-?\d+"/, `w:id="${newId}"`);
    notes.push({ id: Number(newId), xml: custom ? writeMark(renamed, custom.mark, custom.id) : renamed });
  }
  for (const mark of marks) {
    if (!ids.has(String(mark.id))) throw new Error(`Footnote ${mark.id} is not referred to in the document`);
  }
  notes.sort((a, b) => a.id - b.id);
  const end = rest.lastIndexOf('</w:footnotes>');
  return {
    documentXml: documentXml.replace(REFERENCE, (reference, id: string) => reference.replace(`w:id="${id}"`, `w:id="${ids.get(id)}"`)),
    footnotesXml: rest.slice(0, end) + notes.map((note) => note.xml).join('') + rest.slice(end),
  };
}

export async function writeCustomFootnoteMarks(buffer: Buffer, marks: readonly CustomFootnoteMark[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const footnotesXml = await zip.file('word/footnotes.xml')!.async('string');
  const rewritten = rewriteFootnotes(documentXml, footnotesXml, marks);
  zip.file('word/document.xml', rewritten.documentXml);
  zip.file('word/footnotes.xml', rewritten.footnotesXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
