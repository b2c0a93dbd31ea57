import JSZip from 'jszip';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en, fr } from '@/test-support/messages';
import { DocxImportError, importDraftDocx } from './index';
import { buildDocxPackage, buildParagraphXml as p } from '@/test-support/docx-fixtures';

const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function expectImportError(buffer: Buffer, message: RegExp): Promise<void> {
  const attempt = importDraftDocx(buffer);
  await expect(attempt).rejects.toBeInstanceOf(DocxImportError);
  await expect(attempt).rejects.toThrow(message);
}

describe('importDraftDocx refuses what it cannot read', () => {
  it('names a password-protected (encrypted) document', async () => {
    const encrypted = Buffer.concat([OLE_HEADER, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);
    await expectImportError(encrypted, /password-protected/);
  });

  it('names an old binary .doc', async () => {
    await expectImportError(Buffer.concat([OLE_HEADER, Buffer.alloc(1024)]), /old binary Word \(\.doc\)/);
  });

  it('refuses empty files, PDFs, random bytes and broken ZIP packages', async () => {
    await expectImportError(Buffer.alloc(0), /empty/);
    await expectImportError(Buffer.from('%PDF-1.7\n...'), /PDF/);
    await expectImportError(Buffer.from('just some text'), /not a ZIP package/);
    await expectImportError(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(40, 7)]), /damaged/);
  });

  it('refuses a ZIP without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    await expectImportError(await zip.generateAsync({ type: 'nodebuffer' }), /no word\/document\.xml/);
    const odt = new JSZip();
    odt.file('content.xml', '<office:document-content/>');
    await expectImportError(await odt.generateAsync({ type: 'nodebuffer' }), /OpenDocument/);
  });

  it('refuses a document.xml that is not well-formed', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Urges</w:r></w:p></w:body></w:document>');
    await expectImportError(await zip.generateAsync({ type: 'nodebuffer' }), /word\/document\.xml is not well-formed XML/);
  });

  it("names each refusal, worded in the reader's language from the same values", async () => {
    const malformed = new JSZip();
    malformed.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Urges</w:r></w:p></w:body></w:document>');
    const bodiless = new JSZip();
    bodiless.file('word/document.xml', '<w:document xmlns:w="x"/>');
    const say = { en: createTranslator({ locale: 'en', messages: en }), fr: createTranslator({ locale: 'fr', messages: fr }) };
    for (const zip of [malformed, bodiless]) {
      const error = (await importDraftDocx(await zip.generateAsync({ type: 'nodebuffer' })).catch(
        (caught: unknown) => caught,
      )) as DocxImportError;
      expect(error.reason).toMatch(/^docx-/);
      const key = `refusals.reasons.${error.reason}` as Parameters<typeof say.en>[0];
      expect(say.en(key, error.params as never)).toBe(error.message);
      expect(say.fr(key, error.params as never)).toMatch(/^Ce fichier \.docx est endommagé/);
    }
  });
});

describe('importDraftDocx reads documents from other authors', () => {
  it('finds the title after the heading lines, typed numbers, letters and roman numerals', async () => {
    const body = [
      p('CTOC/COP/2022/L.5'),
      p('Colombia: revised draft resolution'),
      p('Implementation of the Protocol'),
      p('*The Conference of the Parties to the Convention,*'),
      p('*Recalling also* its resolution 5/2,'),
      p('1.\t*Urges* States to act:'),
      p('(a)\tby training officers;'),
      p('(b)\tby sharing data [and intelligence];'),
      p('2.\t*Requests* the secretariat to:'),
      p('(a)\treport on measures including:'),
      p('(i)\tshelters;'),
      p('(ii)\tlegal aid;'),
      p('(b)\tprepare a study;'),
      p('(c)\tconvene a meeting;'),
      p('(d)\t…;'),
      p('(e)\t…;'),
      p('(f)\t…;'),
      p('(g)\t…;'),
      p('(h)\tconsult States;'),
      p('(i)\treport back.'),
    ].join('');
    const imported = await importDraftDocx(await buildDocxPackage(body));
    expect(imported.title).toBe('Implementation of the Protocol');
    expect(imported.chapeau).toBe('The Conference of the Parties to the Convention,');
    expect(imported.warnings).toEqual(['2 heading line(s) before the title were not imported.']);
    expect(imported.paragraphs.slice(0, 7)).toEqual([
      { kind: 'preambular', text: 'Recalling also its resolution 5/2,', lead: 'Recalling also', depth: 0 },
      { kind: 'operative', text: 'Urges States to act:', lead: 'Urges', depth: 0 },
      { kind: 'subparagraph', text: 'by training officers;', depth: 1 },
      { kind: 'subparagraph', text: 'by sharing data [and intelligence];', depth: 1 },
      { kind: 'operative', text: 'Requests the secretariat to:', lead: 'Requests', depth: 0 },
      { kind: 'subparagraph', text: 'report on measures including:', depth: 1 },
      { kind: 'subparagraph', text: 'shelters;', depth: 2 },
    ]);
    expect(imported.paragraphs.map((paragraph) => paragraph.depth).slice(7)).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("reads italics and list numbering from the author's own styles", async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Normal"/>' +
      '<w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="OpPara"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="character" w:styleId="Emphasis"><w:rPr><w:i/></w:rPr></w:style>';
    const numbering =
      '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>';
    const emphasis = (text: string) => `<w:r><w:rPr><w:rStyle w:val="Emphasis"/></w:rPr><w:t>${text}</w:t></w:r>`;
    const plain = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Heading"/></w:pPr>${plain('Trafficking in persons')}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="OpPara"/></w:pPr>${emphasis('Decides')}${plain(' to act;')}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="OpPara"/><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>${plain('at once;')}</w:p>` +
      `<w:tbl><w:tr><w:tc>${p('*Invites* donors to give.', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>')}</w:tc></w:tr></w:tbl>`;
    const imported = await importDraftDocx(await buildDocxPackage(body, { styles, numbering }));
    expect(imported.title).toBe('Trafficking in persons');
    expect(imported.chapeau).toBeUndefined();
    expect(imported.paragraphs).toEqual([
      { kind: 'operative', text: 'Decides to act;', lead: 'Decides', depth: 0 },
      { kind: 'subparagraph', text: 'at once;', depth: 1 },
      { kind: 'operative', text: 'Invites donors to give.', lead: 'Invites', depth: 0 },
    ]);
    expect(imported.warnings).toContain('Text in 1 table(s) was read as ordinary paragraphs.');
    expect(imported.warnings.some((warning) => warning.startsWith('No chapeau'))).toBe(true);
  });

  it('keeps the base text and reports tracked changes, moves and comments with their authors', async () => {
    const ins = (author: string, text: string) =>
      `<w:ins w:id="1" w:author="${author}" w:date="2022-10-18T09:00:00Z"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;
    const del = (author: string, text: string) =>
      `<w:del w:id="2" w:author="${author}"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
    const body =
      p('Trafficking in persons') +
      p('*The Conference of the Parties,*') +
      `<w:p><w:commentRangeStart w:id="0"/><w:r><w:rPr><w:i/></w:rPr><w:t>Recalling</w:t></w:r>${ins('European Union', ' also')}` +
      `<w:r><w:t xml:space="preserve"> its resolution</w:t></w:r>${del('Russian Federation', ' 10/3')}<w:r><w:t>,</w:t></w:r><w:commentRangeEnd w:id="0"/>` +
      `<w:r><w:commentReference w:id="0"/></w:r></w:p>` +
      `<w:p><w:pPr><w:rPr><w:ins w:id="5" w:author="Mexico"/></w:rPr></w:pPr>${ins('Mexico', '1.\tInvites donors to give;')}</w:p>` +
      p('1.\t*Urges* States to act.') +
      `<w:p><w:moveFrom w:id="8" w:author="Canada"><w:r><w:t>Notes the report.</w:t></w:r></w:moveFrom></w:p>`;
    const comments =
      '<w:comment w:id="0" w:author="Japan" w:date="2022-10-18T10:00:00Z"><w:p><w:r><w:t>Which resolution?</w:t></w:r></w:p></w:comment>';
    const imported = await importDraftDocx(await buildDocxPackage(body, { comments }));
    expect(imported.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Recalling its resolution 10/3,',
      'Urges States to act.',
      'Notes the report.',
    ]);
    expect(imported.trackedChanges).toEqual([
      { type: 'insertion', author: 'European Union', date: '2022-10-18T09:00:00Z', text: ' also', paragraphIndex: 0 },
      { type: 'deletion', author: 'Russian Federation', text: ' 10/3', paragraphIndex: 0 },
      {
        type: 'insertion',
        author: 'Mexico',
        date: '2022-10-18T09:00:00Z',
        text: '1.\tInvites donors to give;',
        paragraphIndex: 1,
        paragraphBreak: true,
      },
      { type: 'deletion', author: 'Canada', text: 'Notes the report.', paragraphIndex: 2 },
    ]);
    expect(imported.comments).toEqual([{ author: 'Japan', text: 'Which resolution?', date: '2022-10-18T10:00:00Z', paragraphIndex: 0 }]);
    expect(imported.warnings).toContain('1 tracked move(s) are reported as a deletion and an insertion.');
  });
});
