import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { CorpusParseError } from './corpus-parse-error';
import { readDocxDocument } from './read-docx';

async function buildDocx(): Promise<Buffer> {
  const document = new Document({
    footnotes: {
      1: { children: [new Paragraph('A/RES/55/25, annex I.')] },
      2: { children: [new Paragraph('CTOC/COP/2020/10.')] },
    },
    sections: [
      {
        children: [
          new Paragraph('CTOC/COP/2024/L.3'),
          new Paragraph('Resolution 7/2'),
          new Paragraph('Protecting witnesses'),
          new Paragraph({
            children: [
              new TextRun({
                text: 'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
                italics: true,
              }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Recalling also', italics: true }),
              new TextRun(' the Convention,'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('1. '),
              new TextRun({ text: 'Calls upon', italics: true }),
              new TextRun(' States to protect witnesses:'),
            ],
          }),
          new Paragraph('(a) by relocating them;'),
          new Paragraph({ children: [new TextRun('(b) by shielding their identity;'), new FootnoteReferenceRun(2)] }),
          new Paragraph({
            children: [
              new TextRun('2. '),
              new TextRun({ text: 'Decides', italics: true }),
              new TextRun(' to remain seized of the matter.'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('readDocxDocument', () => {
  it('reads a Word file with the Word reader: references, kinds, leads, notes, title and catalogue facts', async () => {
    const document = await readDocxDocument(await buildDocx(), { name: 'witnesses.docx', meta: { year: 2024 } });
    expect(document.paragraphs).toEqual([
      {
        ref: 'PP1',
        kind: 'preambular',
        text: 'Recalling also the Convention,',
        lead: 'Recalling also',
        depth: 0,
        notes: ['A/RES/55/25, annex I.'],
      },
      { ref: '1', kind: 'operative', text: 'Calls upon States to protect witnesses:', lead: 'Calls upon', depth: 0 },
      { ref: '1(a)', kind: 'subparagraph', text: 'by relocating them;', depth: 1 },
      { ref: '1(b)', kind: 'subparagraph', text: 'by shielding their identity;', depth: 1, notes: ['CTOC/COP/2020/10.'] },
      { ref: '2', kind: 'operative', text: 'Decides to remain seized of the matter.', lead: 'Decides', depth: 0 },
    ]);
    expect(document).toMatchObject({
      chapeau: 'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
      title: 'Protecting witnesses',
      number: '7/2',
      kind: 'resolution',
      year: 2024,
      sources: ['witnesses.docx'],
    });
  });

  it('rejects a file that is not a .docx package', async () => {
    await expect(readDocxDocument(Buffer.from('just some text'), { name: 'x.docx' })).rejects.toBeInstanceOf(CorpusParseError);
    await expect(readDocxDocument(Buffer.from('PK\u0003\u0004broken zip', 'latin1'), { name: 'x.docx' })).rejects.toThrow(/damaged/);
  });

  it('explains that an old binary or password-protected file cannot be read as .docx', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readDocxDocument(ole, { name: 'old.docx' })).rejects.toThrow(/\.doc\) file/);
  });
});
