import PDFDocument from 'pdfkit';
import type { ParagraphKind } from '@/lib/corpus/types';

export interface PdfParagraph {
  kind: ParagraphKind;
  /** Printed number of an operative paragraph ("3") or subparagraph ("(a)"); preambular paragraphs print none. */
  number: string;
  depth: number;
  text: string;
  /** Italic opening words, a prefix of `text` (the participle of a preambular paragraph, the verb of an operative one). */
  lead?: string;
}

export interface PdfResolution {
  title: string;
  /** The body adopting it ("Conference of the Parties"), printed above the title. */
  body?: string;
  /** Printed under the title, e.g. "Rev.2, issued 3 November 2026". */
  subtitle?: string;
  chapeau: string;
  paragraphs: PdfParagraph[];
}

const A4: [number, number] = [595.28, 841.89];
/** 2.5 cm, as in the Word export. */
const MARGIN = 70.87;
/** 1.27 cm. */
const INDENT = 36;
/** Distance from a number to its text (1 cm). */
const LABEL_GAP = 28.35;
const SIZE = 12;

/** The standard PDF fonts know Windows-1252 only: anything else would print as garbage, so it becomes "?". */
function printable(text: string): string {
  return text.normalize('NFC').replace(/[^\t\n\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');
}

function splitLead(paragraph: PdfParagraph): { lead: string; rest: string } {
  const given = paragraph.lead && paragraph.text.startsWith(paragraph.lead) ? paragraph.lead : '';
  // The space after the italic words stays with them: pdfkit drops a justified segment's leading space.
  const lead = given ? (paragraph.text.slice(given.length).match(/^\s*/)?.[0] ?? '') : '';
  return { lead: printable(given + lead), rest: printable(paragraph.text.slice(given.length + lead.length)) };
}

/**
 * A resolution in the UN layout as PDF, in pure JavaScript (pdfkit and its built-in Times fonts): body and bold
 * title centred, italic chapeau, preambular paragraphs indented with their participle in italics, operative
 * paragraphs numbered with their verb in italics, subparagraphs lettered and indented by depth.
 */
export function exportResolutionPdf(resolution: PdfResolution): Promise<Buffer> {
  const doc = new PDFDocument({
    size: A4,
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: printable(resolution.title), Creator: 'Zero Draft' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = A4[0] - 2 * MARGIN;
  const left = MARGIN;
  if (resolution.body) doc.font('Times-Roman').fontSize(SIZE).text(printable(resolution.body), { align: 'center' }).moveDown(0.5);
  doc
    .font('Times-Bold')
    .fontSize(SIZE + 2)
    .text(printable(resolution.title), left, doc.y, { align: 'center', width });
  if (resolution.subtitle)
    doc
      .font('Times-Roman')
      .fontSize(SIZE - 1)
      .text(printable(resolution.subtitle), { align: 'center', width });
  doc.moveDown(1);
  if (resolution.chapeau) {
    doc
      .font('Times-Italic')
      .fontSize(SIZE)
      .text(printable(resolution.chapeau), left + INDENT, doc.y, { width: width - INDENT });
    doc.moveDown(0.5);
  }
  for (const paragraph of resolution.paragraphs) {
    const { lead, rest } = splitLead(paragraph);
    doc.fontSize(SIZE);
    if (paragraph.kind === 'preambular') {
      // First line indented, the rest from the margin, as UN preambular paragraphs are set.
      const options = { width, indent: INDENT, align: 'justify' as const };
      if (lead)
        doc
          .font('Times-Italic')
          .text(lead, left, doc.y, { ...options, continued: true })
          .font('Times-Roman')
          .text(rest);
      else doc.font('Times-Roman').text(rest, left, doc.y, options);
    } else {
      const level = paragraph.kind === 'operative' ? 0 : Math.max(1, paragraph.depth);
      const labelX = left + INDENT + (level > 0 ? (level - 1) * LABEL_GAP + LABEL_GAP : 0);
      const textX = labelX + LABEL_GAP;
      const top = doc.y;
      const label = paragraph.kind === 'operative' ? `${paragraph.number.replace(/\.$/, '')}.` : paragraph.number;
      doc.font('Times-Roman').text(printable(label), labelX, top, { width: LABEL_GAP, lineBreak: false });
      const options = { width: left + width - textX, align: 'justify' as const };
      if (lead)
        doc
          .font('Times-Italic')
          .text(lead, textX, top, { ...options, continued: true })
          .font('Times-Roman')
          .text(rest);
      else doc.font('Times-Roman').text(rest, textX, top, options);
    }
    doc.moveDown(0.5);
  }
  doc.end();
  return done;
}
