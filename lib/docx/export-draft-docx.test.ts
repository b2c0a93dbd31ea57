import { describe, expect, it } from 'vitest';
import type { DraftSnapshot } from '@/lib/draft';
import { exportDraftDocx, importDraftDocx } from './index';
import { buildCorpusSnapshot, buildSmallSnapshot, readPart } from '@/test-support/docx-fixtures';

function simplify(snapshot: DraftSnapshot) {
  return snapshot.paragraphs.map((paragraph) => ({
    kind: paragraph.kind,
    text: paragraph.text,
    lead: paragraph.lead,
    depth: paragraph.depth,
  }));
}

describe('exportDraftDocx', () => {
  it('sets A4 pages and Times New Roman 12 as the document defaults', async () => {
    const buffer = await exportDraftDocx(buildSmallSnapshot());
    const document = await readPart(buffer, 'word/document.xml');
    const styles = await readPart(buffer, 'word/styles.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/s);
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="24"\/>/s);
  });

  it('writes a bold title, an italic chapeau and italic leads', async () => {
    const document = await readPart(await exportDraftDocx(buildSmallSnapshot()), 'word/document.xml');
    expect(document).toMatch(/<w:pStyle w:val="ResolutionTitle"\/><\/w:pPr><w:r><w:rPr><w:b\/>.*?Trafficking in persons/);
    expect(document).toMatch(/<w:pStyle w:val="Chapeau"\/><\/w:pPr><w:r><w:rPr><w:i\/>.*?The Conference of the Parties/);
    expect(document).toContain(
      '<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">Noting with concern</w:t></w:r><w:r><w:t xml:space="preserve"> [the rise][an increase] in cases,</w:t></w:r>',
    );
    expect(document).toContain('<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">Urges</w:t></w:r>');
  });

  it('numbers operative paragraphs and subparagraphs with one Word list, by depth', async () => {
    const buffer = await exportDraftDocx(buildSmallSnapshot());
    const document = await readPart(buffer, 'word/document.xml');
    const numbering = await readPart(buffer, 'word/numbering.xml');
    const levels = [...document.matchAll(/<w:ilvl w:val="(\d)"\/>/g)].map((match) => match[1]);
    expect(levels).toEqual(['0', '1', '2', '2', '1', '0']);
    expect(document).not.toMatch(/<w:t[^>]*>\s*1\./);
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/>(?:<w:suff[^>]*>)?<w:lvlText w:val="%1\."\/>/,
    );
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="1"[^>]*><w:start w:val="1"\/><w:numFmt w:val="lowerLetter"\/>(?:<w:suff[^>]*>)?<w:lvlText w:val="\(%2\)"\/>/,
    );
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="2"[^>]*><w:start w:val="1"\/><w:numFmt w:val="lowerRoman"\/>(?:<w:suff[^>]*>)?<w:lvlText w:val="\(%3\)"\/>/,
    );
    // Preambular paragraphs stay unnumbered, with the UN first-line indent from their style.
    expect(document).toMatch(/<w:pStyle w:val="Preambular"\/><\/w:pPr>/);
  });

  it('puts the symbol and date in the page header', async () => {
    const buffer = await exportDraftDocx(buildSmallSnapshot(), { symbol: 'CTOC/COP/2022/L.5', date: '19 October 2022' });
    const header = await readPart(buffer, 'word/header1.xml');
    expect(header).toContain('CTOC/COP/2022/L.5');
    expect(header).toContain('19 October 2022');
  });

  it('writes footnotes carried by the content, and leaves them out on request', async () => {
    const snapshot = buildSmallSnapshot();
    const first = snapshot.paragraphs[0]!;
    const withNote: DraftSnapshot = {
      ...snapshot,
      paragraphs: [
        {
          ...first,
          content: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'Recalling', marks: [{ type: 'italic' }] },
                  { type: 'text', text: ' its resolution 10/3,' },
                  { type: 'footnote', attrs: { note: 'CTOC/COP/2020/10, chap. I, sect. A.' } },
                ],
              },
            ],
          },
        },
        ...snapshot.paragraphs.slice(1),
      ],
    };
    const buffer = await exportDraftDocx(withNote);
    expect(await readPart(buffer, 'word/document.xml')).toContain('<w:footnoteReference w:id="1"/>');
    expect(await readPart(buffer, 'word/footnotes.xml')).toContain('CTOC/COP/2020/10, chap. I, sect. A.');
    const imported = await importDraftDocx(buffer);
    expect(imported.paragraphs[0]).toMatchObject({
      text: 'Recalling its resolution 10/3,',
      notes: ['CTOC/COP/2020/10, chap. I, sect. A.'],
    });

    const without = await readPart(await exportDraftDocx(withNote, { footnotes: false }), 'word/document.xml');
    expect(without).not.toContain('w:footnoteReference');
  });

  it('prints the text with its lead when the content does not match the text', async () => {
    const snapshot = buildSmallSnapshot();
    const stale = { ...snapshot, paragraphs: [{ ...snapshot.paragraphs[2]!, text: 'Urges all States to act;', content: { type: 'doc' } }] };
    const imported = await importDraftDocx(await exportDraftDocx(stale));
    expect(imported.paragraphs).toEqual([{ kind: 'operative', text: 'Urges all States to act;', lead: 'Urges', depth: 0 }]);
  });
});

describe('leads and statuses in the clean file', () => {
  it('italicises the lead of content that carries no italics, and leaves content with its own italics as it is', async () => {
    const snapshot = buildSmallSnapshot();
    const plain = snapshot.paragraphs[2]!;
    const own = snapshot.paragraphs[1]!;
    const paragraphs = [
      { ...plain, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: plain.text }] }] } },
      {
        ...own,
        content: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Noting', marks: [{ type: 'italic' }] },
                { type: 'text', text: own.text.slice('Noting'.length) },
              ],
            },
          ],
        },
      },
    ];
    const xml = await readPart(await exportDraftDocx({ ...snapshot, paragraphs }), 'word/document.xml');
    expect(xml).toContain(
      '<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">Urges</w:t></w:r><w:r><w:t xml:space="preserve"> States parties to act;</w:t></w:r>',
    );
    // Italics of its own at the lead: the content decides.
    expect(xml).toContain(
      '<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">Noting</w:t></w:r><w:r><w:t xml:space="preserve"> with concern [the rise]',
    );
  });

  it('prints "(agreed ad ref)" after an agreed paragraph, which the importer leaves out of the text', async () => {
    const snapshot = buildSmallSnapshot();
    const paragraphs = snapshot.paragraphs.map((paragraph, index) =>
      index === 0
        ? { ...paragraph, status: 'agreed-ad-ref' as const }
        : index === 2
          ? { ...paragraph, status: 'agreed' as const }
          : paragraph,
    );
    const buffer = await exportDraftDocx({ ...snapshot, paragraphs });
    const xml = await readPart(buffer, 'word/document.xml');
    expect(xml).toContain('<w:rStyle w:val="ParagraphStatus"/></w:rPr><w:t xml:space="preserve"> (agreed ad ref)</w:t>');
    expect(xml).toContain('<w:rStyle w:val="ParagraphStatus"/></w:rPr><w:t xml:space="preserve"> (agreed)</w:t>');
    expect(await readPart(buffer, 'word/styles.xml')).toMatch(/<w:style w:type="character" w:styleId="ParagraphStatus"/);
    const imported = await importDraftDocx(buffer);
    expect(imported.paragraphs.map((paragraph) => paragraph.text)).toEqual(snapshot.paragraphs.map((paragraph) => paragraph.text));
  });
});

describe('round trip through Word', () => {
  it('gives back the small draft: kinds, text with brackets, leads, depths, title and chapeau', async () => {
    const snapshot = buildSmallSnapshot();
    const imported = await importDraftDocx(await exportDraftDocx(snapshot, { symbol: 'CTOC/COP/2022/L.5' }));
    expect(imported.title).toBe(snapshot.title);
    expect(imported.chapeau).toBe(snapshot.chapeau);
    expect(imported.paragraphs).toEqual(simplify(snapshot));
    expect(imported.trackedChanges).toEqual([]);
    expect(imported.warnings).toEqual([]);
  });

  it.each(['cop5-resolution-5-2-2010.md', 'cop11-colombia-revised-draft-2022.md'])('gives back the real resolution %s', async (file) => {
    const snapshot = buildCorpusSnapshot(file);
    expect(snapshot.paragraphs.length).toBeGreaterThan(30);
    const imported = await importDraftDocx(await exportDraftDocx(snapshot));
    expect(imported.title).toBe(snapshot.title);
    expect(imported.chapeau).toBe(snapshot.chapeau);
    expect(imported.paragraphs).toEqual(simplify(snapshot));
  });
});
