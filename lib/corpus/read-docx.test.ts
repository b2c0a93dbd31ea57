import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { CorpusParseError } from './corpus-parse-error';
import { parseDocument } from './parse-document';
import { readDocxAsMarkdown } from './read-docx';

async function buildDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('Resolution 7/2'),
          new Paragraph('Protecting witnesses'),
          new Paragraph({ children: [new TextRun({ text: 'The General Assembly,', italics: true })] }),
          new Paragraph({ children: [new TextRun({ text: 'Recalling also', italics: true }), new TextRun(' its resolution 7/1,')] }),
          new Paragraph({
            children: [
              new TextRun('1. '),
              new TextRun({ text: 'Calls upon', italics: true }),
              new TextRun(' States to protect witnesses;'),
            ],
          }),
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

describe('readDocxAsMarkdown', () => {
  it('keeps italics so that leads survive, and parses as Markdown', async () => {
    const markdown = await readDocxAsMarkdown(await buildDocx());
    expect(markdown).toContain('*Recalling also* its resolution 7/1,');
    const parsed = parseDocument(markdown, { format: 'markdown', name: 'witnesses.docx', meta: { year: 2024 } });
    expect(parsed.paragraphs.map((paragraph) => [paragraph.ref, paragraph.lead])).toEqual([
      ['PP1', 'Recalling also'],
      ['1', 'Calls upon'],
      ['2', 'Decides'],
    ]);
    expect(parsed.chapeau).toBe('The General Assembly,');
  });

  it('rejects a file that is not a .docx package', async () => {
    await expect(readDocxAsMarkdown(Buffer.from('just some text'))).rejects.toBeInstanceOf(CorpusParseError);
    await expect(readDocxAsMarkdown(Buffer.from('PK\u0003\u0004broken zip', 'latin1'))).rejects.toThrow(/could not be read/);
  });

  it('explains that a password-protected file cannot be read', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readDocxAsMarkdown(ole)).rejects.toThrow(/password-protected/);
  });
});
