/**
 * PDFs made here, as other tools print them: a corpus resolution exported to Word by lib/docx (with a UN masthead)
 * and printed by LibreOffice (skipped where LibreOffice is missing), and the same resolution printed by lib/pdf
 * (pdfkit). Read back through pdf.js and the reader of PDF text, they give the resolution's paragraphs again.
 */

import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { type DocumentFurniture, exportDraftDocx } from '@/lib/docx';
import type { DraftSnapshot } from '@/lib/draft';
import { exportResolutionPdf } from '@/lib/pdf/export-resolution-pdf';
import { buildCorpusSnapshot, readCorpusDocument } from '@/test-support/docx-fixtures';
import { canReadBack, convertToPdf } from '@/test-support/read-back-document';
import { CorpusParseError } from './corpus-parse-error';
import { layOutPdfText } from './lay-out-pdf-text';
import { parseDocument } from './parse-document';
import { readPdfText } from './read-pdf-text';
import type { CorpusDocument } from './types';

const FILE = 'cop5-resolution-5-2-2010.md';
const NOTES: Record<number, string> = {
  0: 'United Nations, Treaty Series, vol. 2225, No. 39574.',
  20: 'See CTOC/COP/2010/6, chap. II.',
};

const FURNITURE: DocumentFurniture = {
  body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  session: 'Fifth session',
  place: 'Vienna, 18–22 October 2010',
  agendaItem: 'Agenda item 2\nReview of the implementation of the Protocol',
  symbol: 'CTOC/COP/2010/L.4/Rev.1',
  distribution: 'Limited',
  date: '21 October 2010',
  originalLanguage: 'English',
  mainSponsor: 'Colombia',
  coSponsors: ['Mexico', 'Peru', 'Chile', 'Ecuador'],
  documentKind: 'revised draft resolution',
};

/** The corpus resolution as a draft, with a footnote after the text of two paragraphs (one on a later page). */
function buildSnapshotWithNotes(): DraftSnapshot {
  const snapshot = buildCorpusSnapshot(FILE);
  return {
    ...snapshot,
    paragraphs: snapshot.paragraphs.map((paragraph, index) => {
      const note = NOTES[index];
      if (!note) return paragraph;
      const lead = paragraph.lead ?? '';
      return {
        ...paragraph,
        content: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                ...(lead ? [{ type: 'text', text: lead, marks: [{ type: 'italic' }] }] : []),
                { type: 'text', text: paragraph.text.slice(lead.length) },
                { type: 'footnote', attrs: { note } },
              ],
            },
          ],
        },
      };
    }),
  };
}

/** A PDF that opens only with a password, as pdfkit encrypts it. */
function printLocked(text: string): Promise<Buffer> {
  const document = new PDFDocument({ userPassword: 'secret', ownerPassword: 'owner' });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.text(text);
  document.end();
  return done;
}

function countKinds(document: CorpusDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const paragraph of document.paragraphs) counts[paragraph.kind] = (counts[paragraph.kind] ?? 0) + 1;
  return counts;
}

async function parsePdf(pdf: Buffer): Promise<CorpusDocument> {
  return parseDocument(await readPdfText(pdf, 'resolution.pdf'), { format: 'text', name: 'resolution.pdf' });
}

describe('readPdfText', () => {
  const original = readCorpusDocument(FILE);

  it.skipIf(!canReadBack)(
    'reads a Word export printed by LibreOffice: every paragraph, its kind and exact text, and notes on their paragraph',
    async () => {
      const snapshot = buildSnapshotWithNotes();
      const pdf = convertToPdf(await exportDraftDocx(snapshot, { furniture: FURNITURE }));
      const document = await parsePdf(pdf);

      // The first page's masthead is read as the document's header, not as paragraphs.
      expect([document.kind, document.body, document.notes]).toEqual([
        'revised draft resolution',
        FURNITURE.body,
        ['Also on behalf of Mexico, Peru, Chile and Ecuador.'],
      ]);
      expect(document.title).toBe(original.title);

      expect(countKinds(document)).toEqual(countKinds(original));
      expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual(original.paragraphs.map((paragraph) => paragraph.text));
      expect(document.paragraphs.map((paragraph) => paragraph.lead)).toEqual(original.paragraphs.map((paragraph) => paragraph.lead));
      const notes = Object.fromEntries(
        document.paragraphs.flatMap((paragraph, index) => (paragraph.notes?.length ? [[index, paragraph.notes.join(' | ')]] : [])),
      );
      expect(notes).toEqual(NOTES);
    },
    180_000,
  );

  it('reads a resolution printed by pdfkit (lib/pdf) with the same paragraphs', async () => {
    const snapshot = buildCorpusSnapshot(FILE);
    const pdf = await exportResolutionPdf({
      title: snapshot.title,
      body: snapshot.body,
      chapeau: snapshot.chapeau,
      paragraphs: snapshot.paragraphs,
    });
    const document = await parsePdf(pdf);

    expect(countKinds(document)).toEqual(countKinds(original));
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual(original.paragraphs.map((paragraph) => paragraph.text));
  });

  it('leaves the bytes it was given whole', async () => {
    const pdf = await exportResolutionPdf({ title: 'T', chapeau: 'The Conference,', paragraphs: [] });
    const copy = Buffer.from(pdf);
    await readPdfText(pdf, 'resolution.pdf');
    expect(pdf.equals(copy)).toBe(true);
  });

  it('says clearly when the file is not a PDF, is damaged, or has no text (a scan)', async () => {
    await expect(readPdfText(Buffer.from('Recalling its resolution 10/3,'), 'notes.pdf')).rejects.toThrow(
      /notes\.pdf is not a readable PDF file/,
    );
    const pdf = await exportResolutionPdf({ title: 'Trafficking in persons', chapeau: 'The Conference,', paragraphs: [] });
    await expect(readPdfText(pdf.subarray(0, 400), 'cut.pdf')).rejects.toThrow(CorpusParseError);
    await expect(readPdfText(await printLocked('Recalling its resolution 10/3,'), 'locked.pdf')).rejects.toThrow(
      /locked\.pdf is protected by a password/,
    );
    const blank = await exportResolutionPdf({ title: '', chapeau: '', paragraphs: [] });
    await expect(readPdfText(blank, 'scan.pdf')).rejects.toThrow(/scan\.pdf has no text to read: its pages are images only/);
  });
});

describe('layOutPdfText', () => {
  const run = (text: string, x: number, y: number, size = 10) => ({ text, x, y, width: text.length * size * 0.5, size });

  it('puts raised note numbers in the text as superscripts and a page’s smaller notes after a rule', () => {
    const text = layOutPdfText([
      [
        run('Recalling the Convention,', 70, 700),
        run('1', 195, 704, 6),
        run('and noting', 200, 700),
        run('its report,', 70, 688),
        run('1', 70, 103, 5),
        run('Treaty Series, vol. 2225.', 75, 100, 8),
      ],
    ]);
    expect(text.split('\n')).toEqual([
      'Recalling the Convention,¹ and noting',
      'its report,',
      '__________________',
      '1 Treaty Series, vol. 2225.',
      '',
    ]);
  });

  it('indents lines that stand right of the text’s left edge and leaves a blank line for wider spacing', () => {
    const text = layOutPdfText([[run('First line of text', 70, 700), run('second line.', 70, 688), run('Next paragraph', 100, 664)]]);
    expect(text.split('\n')).toEqual(['First line of text', 'second line.', '', '      Next paragraph', '']);
  });

  it('leaves out a running head repeated on every page', () => {
    const page = (number: number, text: string) => [run(`Draft ${number}`, 70, 800), run(text, 70, 700 - number * 12)];
    expect(layOutPdfText([page(1, 'Recalling,'), page(2, 'Noting,'), page(3, 'Urges;')])).toBe('Recalling,\nNoting,\nUrges;\n');
  });
});
