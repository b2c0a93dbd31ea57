import { existsSync } from 'node:fs';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import type { CorpusDocument } from '@/lib/corpus/types';
import { DocxImportError } from '@/lib/docx/docx-import-error';
import { readImportText } from '@/server/corpus/read-import-text';
import { readDraftDocument } from '@/server/drafts/read-draft-document';
import { SOFFICE } from '@/test-support/read-back-document';
import { convertOfficeToDocx } from './convert-office-to-docx';
import { convertWithLibreOffice } from './convert-with-libreoffice';

const settings = { soffice: SOFFICE, timeoutMs: 120_000, concurrency: 1 };
const hasLibreOffice = existsSync(SOFFICE);

/** A resolution as delegations write it in Word: typed numbers, italic leads, footnotes in a paragraph and a subparagraph. */
async function buildResolution(): Promise<Buffer> {
  const italic = (text: string) => new TextRun({ text, italics: true });
  const document = new Document({
    footnotes: {
      1: { children: [new Paragraph('United Nations, Treaty Series, vol. 2225, No. 39574.')] },
      2: { children: [new Paragraph('See CTOC/COP/2022/4.')] },
    },
    sections: [
      {
        children: [
          new Paragraph('Resolution 12/4'),
          new Paragraph('Protecting victims of trafficking at sea'),
          new Paragraph({
            children: [italic('The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,')],
          }),
          new Paragraph({ children: [italic('Recalling'), new TextRun(' the Convention,'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ children: [italic('Concerned'), new TextRun(' by the vulnerability of migrants at sea,')] }),
          new Paragraph({ children: [new TextRun('1.\t'), italic('Urges'), new TextRun(' States parties to protect victims:')] }),
          new Paragraph('(a)\tby screening people rescued at sea;'),
          new Paragraph({ children: [new TextRun('(b)\tby sharing data;'), new FootnoteReferenceRun(2)] }),
          new Paragraph({
            children: [new TextRun('2.\t'), italic('Requests'), new TextRun(' the Secretariat to report at its thirteenth session.')],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const expectedParagraphs = [
  {
    ref: 'PP1',
    kind: 'preambular',
    text: 'Recalling the Convention,',
    lead: 'Recalling',
    depth: 0,
    notes: ['United Nations, Treaty Series, vol. 2225, No. 39574.'],
  },
  { ref: 'PP2', kind: 'preambular', text: 'Concerned by the vulnerability of migrants at sea,', lead: 'Concerned', depth: 0 },
  { ref: '1', kind: 'operative', text: 'Urges States parties to protect victims:', lead: 'Urges', depth: 0 },
  { ref: '1(a)', kind: 'subparagraph', text: 'by screening people rescued at sea;', depth: 1 },
  { ref: '1(b)', kind: 'subparagraph', text: 'by sharing data;', depth: 1, notes: ['See CTOC/COP/2022/4.'] },
  { ref: '2', kind: 'operative', text: 'Requests the Secretariat to report at its thirteenth session.', lead: 'Requests', depth: 0 },
];

function countKinds(document: CorpusDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const paragraph of document.paragraphs) counts[paragraph.kind] = (counts[paragraph.kind] ?? 0) + 1;
  return counts;
}

describe.skipIf(!hasLibreOffice)('.doc, .odt and .rtf imports through LibreOffice', () => {
  const files: Record<string, Buffer> = {};

  beforeAll(async () => {
    const docx = await buildResolution();
    files.odt = await convertWithLibreOffice(docx, { inputExtension: 'docx', convertTo: 'odt' }, settings);
    files.rtf = await convertWithLibreOffice(docx, { inputExtension: 'docx', convertTo: 'rtf' }, settings);
    files.doc = await convertWithLibreOffice(docx, { inputExtension: 'docx', convertTo: 'doc:MS Word 97' }, settings);
  }, 300_000);

  it.each(['odt', 'rtf', 'doc'])(
    'imports a .%s file into the corpus: kinds, exact texts, leads, notes on their paragraphs, catalogue facts',
    async (format) => {
      const read = await readImportText({ name: `res-12-4.${format}`, content: files[format]!, meta: { year: 2024 } });
      if (!('document' in read)) throw new Error('expected a document');
      expect(countKinds(read.document)).toEqual({ preambular: 2, operative: 2, subparagraph: 2 });
      expect(read.document.paragraphs).toEqual(expectedParagraphs);
      expect(read.document).toMatchObject({
        title: 'Protecting victims of trafficking at sea',
        number: '12/4',
        chapeau: 'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
        sources: [`res-12-4.${format}`],
      });
    },
    180_000,
  );

  it('imports an .odt file as a draft', async () => {
    const draft = await readDraftDocument({ name: 'draft.odt', content: files.odt!, corpusTexts: [], year: 2031 });
    expect(draft.document.title).toBe('Protecting victims of trafficking at sea');
    expect(draft.document.paragraphs.map(({ kind, text, notes }) => ({ kind, text, ...(notes ? { notes } : {}) }))).toEqual(
      expectedParagraphs.map(({ kind, text, notes }) => ({ kind, text, ...(notes ? { notes } : {}) })),
    );
  }, 180_000);

  it('refuses a file whose content is not what its name says, without starting LibreOffice', async () => {
    await expect(convertOfficeToDocx(Buffer.from('plain text'), 'notes.rtf', settings)).rejects.toThrow(/not a \.rtf file/);
    await expect(readImportText({ name: 'notes.odt', content: Buffer.from('plain text') })).rejects.toBeInstanceOf(CorpusParseError);
  });
});

describe('without LibreOffice', () => {
  it('says clearly that LibreOffice is needed, and what to do instead', async () => {
    const attempt = convertOfficeToDocx(Buffer.from('{\\rtf1 Hello}'), 'draft.rtf', { ...settings, soffice: '/nonexistent/soffice' });
    await expect(attempt).rejects.toBeInstanceOf(DocxImportError);
    await expect(attempt).rejects.toThrow(/\.rtf files are read through LibreOffice, which is not installed on this server.*\.docx/);
  });
});
