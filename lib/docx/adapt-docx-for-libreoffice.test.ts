import { describe, expect, it } from 'vitest';
import { canReadBack, readDocumentText } from '@/test-support/read-back-document';
import { exportDraftDocx } from './export-draft-docx';
import { adaptDocxForLibreOffice, removeCustomMarkText } from './adapt-docx-for-libreoffice';
import { readPart } from '@/test-support/docx-fixtures';

const manySponsors = {
  symbol: 'CTOC/COP/2022/L.5',
  mainSponsor: 'Colombia',
  coSponsors: ['Mexico', 'Peru', 'Chile', 'Ecuador', 'Spain'],
  documentKind: 'draft resolution',
};

async function exportWithSponsorNote(): Promise<Buffer> {
  const paragraph = {
    id: 'p1',
    kind: 'operative' as const,
    status: 'open' as const,
    frozen: false,
    depth: 0,
    number: '1',
    text: 'Urges States to act;',
    lead: 'Urges',
    content: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Urges States to act;' },
            { type: 'footnote', attrs: { note: 'See decision 11/5.' } },
          ],
        },
      ],
    },
  };
  return exportDraftDocx({ title: 'Trafficking in persons', body: '', chapeau: 'The Conference,', paragraphs: [paragraph] } as never, {
    furniture: manySponsors,
  });
}

describe('adaptDocxForLibreOffice', () => {
  it("takes the symbol text out of a symbol footnote only, leaving numbered footnotes and the Word file's own markup alone", async () => {
    const word = await exportWithSponsorNote();
    const adapted = await adaptDocxForLibreOffice(word);
    const before = await readPart(word, 'word/footnotes.xml');
    const after = await readPart(adapted, 'word/footnotes.xml');
    expect(before).toMatch(/<w:t xml:space="preserve">\*<\/w:t>/);
    expect(after).not.toMatch(/<w:t xml:space="preserve">\*<\/w:t>/);
    expect(after).toContain('Also on behalf of Mexico');
    expect(after).toContain('See decision 11/5.');
    expect(after.match(/<w:footnoteRef\/>/g)?.length).toBe(before.match(/<w:footnoteRef\/>/g)?.length);
  });

  it('hands on what is not a Word file untouched', async () => {
    const notWord = Buffer.from('x');
    expect(await adaptDocxForLibreOffice(notWord)).toBe(notWord);
  });

  it('leaves a file without symbol footnotes as it is', () => {
    const footnotes = '<w:footnotes><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r></w:p></w:footnote></w:footnotes>';
    expect(removeCustomMarkText('<w:footnoteReference w:id="1"/>', footnotes)).toBe(footnotes);
  });

  it.skipIf(!canReadBack)(
    'prints the co-sponsor footnote with one "*" in LibreOffice',
    async () => {
      const lines = readDocumentText(await adaptDocxForLibreOffice(await exportWithSponsorNote()), 'docx', { layout: true })
        .split('\n')
        .map((line) => line.trim());
      expect(lines).toContain('Colombia*: draft resolution');
      expect(lines).toContain('*');
      expect(lines).not.toContain('**');
    },
    120_000,
  );
});
