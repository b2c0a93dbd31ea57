/**
 * The furniture as a delegate sees it: every export is printed by LibreOffice and read back with pdftotext.
 * Skipped where LibreOffice or poppler-utils is missing.
 */

import { describe, expect, it } from 'vitest';
import type { DraftSnapshot } from '@/lib/draft';
import { buildCorpusSnapshot, buildSmallSnapshot, FIXED_DATE, readPart } from '@/test-support/docx-fixtures';
import { canReadBack, readDocumentText } from '@/test-support/read-back-document';
import { exportDraftDocx, exportProposalTableDocx, exportTrackedChangesDocx, importDraftDocx, type DocumentFurniture } from './index';

const FURNITURE: DocumentFurniture = {
  body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  session: 'Eleventh session',
  place: 'Vienna, 17–21 October 2022',
  agendaItem:
    'Agenda item 2 (b)\nReview of the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto',
  symbol: 'CTOC/COP/2022/L.5/Rev.1',
  distribution: 'Limited',
  date: '19 October 2022',
  originalLanguage: 'English',
  mainSponsor: 'Colombia',
  coSponsors: ['Mexico', 'Peru'],
  documentKind: 'revised draft resolution',
};

const MANY_CO_SPONSORS: DocumentFurniture = { ...FURNITURE, coSponsors: ['Mexico', 'Peru', 'Chile', 'Ecuador', 'Spain'] };

/** Pages as printed, each with its lines trimmed and blank lines dropped. */
function readPages(buffer: Buffer): string[][] {
  return readDocumentText(buffer)
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
}

/** Index of the first line at or after `from` that contains `text`; -1 when none. */
function findLine(lines: string[], text: string, from = 0): number {
  const index = lines.slice(from).findIndex((line) => line.includes(text));
  return index === -1 ? -1 : from + index;
}

/** Asserts that each text appears on a line after the previous one's. */
function expectInOrder(lines: string[], texts: string[]): void {
  let from = 0;
  for (const text of texts) {
    const index = findLine(lines, text, from);
    expect(index, `"${text}" after line ${from} of:\n${lines.join('\n')}`).toBeGreaterThanOrEqual(from);
    from = index + 1;
  }
}

const FIRST_PAGE_ORDER = [
  'United Nations',
  'CTOC/COP/2022/L.5/Rev.1',
  'Conference of the Parties to the United',
  'Distr.: Limited',
  '19 October 2022',
  'Original: English',
  'Eleventh session',
  'Vienna, 17–21 October 2022',
  'Agenda item 2 (b)',
  'Review of the implementation of the United Nations Convention against Transnational',
];

function withFootnote(snapshot: DraftSnapshot): DraftSnapshot {
  const first = snapshot.paragraphs[0]!;
  return {
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
}

describe('furniture in the Word file', () => {
  it('is not a tracked change in a tracked revision, and keeps its own footnote mark beside numbered ones', async () => {
    const tracked = await exportTrackedChangesDocx(
      { title: 'Trafficking', chapeau: 'The Conference,', paragraphs: [{ ref: '1', kind: 'operative', text: 'Urges States to act;' }] },
      {
        title: 'Trafficking',
        chapeau: 'The Conference,',
        paragraphs: [{ ref: '1', baseRef: '1', kind: 'operative', text: 'Urges all States to act;', change: 'revised', author: 'Mexico' }],
      },
      { furniture: MANY_CO_SPONSORS, defaultDate: FIXED_DATE },
    );
    const document = await readPart(tracked, 'word/document.xml');
    const furniture = document.slice(0, document.indexOf('ResolutionTitle'));
    expect(furniture).toContain('Colombia');
    expect(furniture).not.toMatch(/<w:(ins|del) /);
    expect(document).toMatch(/<w:ins [^>]*w:author="Mexico"/);
    const imported = await importDraftDocx(tracked);
    expect(imported.trackedChanges.map((change) => [change.type, change.author, change.text])).toEqual([['insertion', 'Mexico', 'all ']]);
    expect(imported.warnings).toEqual([]);

    const draft = await exportDraftDocx(withFootnote(buildSmallSnapshot()), { furniture: MANY_CO_SPONSORS });
    const body = await readPart(draft, 'word/document.xml');
    // Ids follow the order of the references (LibreOffice pairs them by order); the "*" one is not numbered.
    expect([...body.matchAll(/<w:footnoteReference[^>]*>/g)].map(([reference]) => reference)).toEqual([
      '<w:footnoteReference w:customMarkFollows="1" w:id="1"/>',
      '<w:footnoteReference w:id="2"/>',
    ]);
    expect(body).toContain('<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t>');
    const footnotes = await readPart(draft, 'word/footnotes.xml');
    const sponsorNote = /<w:footnote w:id="1">.*?<\/w:footnote>/.exec(footnotes)?.[0];
    expect(sponsorNote).toMatch(/<w:t xml:space="preserve">\*<\/w:t>.*Also on behalf of Mexico, Peru, Chile, Ecuador and Spain\./);
    expect(sponsorNote).not.toContain('<w:footnoteRef/>');
    expect(footnotes).toMatch(/<w:footnote w:id="2">.*?<w:footnoteRef\/>.*?CTOC\/COP\/2020\/10, chap\. I, sect\. A\./);
  });

  it('is left out when the file is imported again: the text comes back as it was, with no warning', async () => {
    const snapshot = buildSmallSnapshot();
    const imported = await importDraftDocx(await exportDraftDocx(snapshot, { furniture: MANY_CO_SPONSORS }));
    expect(imported.title).toBe(snapshot.title);
    expect(imported.chapeau).toBe(snapshot.chapeau);
    expect(imported.paragraphs.map((paragraph) => paragraph.text)).toEqual(snapshot.paragraphs.map((paragraph) => paragraph.text));
    expect(imported.warnings).toEqual([]);
  });
});

// Each LibreOffice conversion starts a fresh office process: minutes on a busy machine.
describe.skipIf(!canReadBack)('furniture as printed (LibreOffice, pdftotext)', { timeout: 300_000 }, () => {
  it('prints the masthead, session lines, sponsor line and title in order on page 1 of a draft, and the symbol on later pages', async () => {
    const pages = readPages(await exportDraftDocx(buildCorpusSnapshot('cop11-colombia-revised-draft-2022.md'), { furniture: FURNITURE }));
    expect(pages.length).toBeGreaterThan(2);
    const first = pages[0]!;
    expectInOrder(first, [
      ...FIRST_PAGE_ORDER,
      'Colombia, Mexico and Peru: revised draft resolution',
      'Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons,',
      'The Conference of the Parties',
    ]);
    // The symbol is printed once on page 1 (in the masthead, not again in a header).
    expect(first.filter((line) => line.includes('CTOC/COP/2022/L.5/Rev.1'))).toHaveLength(1);
    for (const page of pages.slice(1)) {
      expect(page[0]).toBe('CTOC/COP/2022/L.5/Rev.1');
      expect(page).not.toContain('United Nations');
    }
  });

  it('lists many co-sponsors in a footnote marked "*", while the text keeps its footnote 1', async () => {
    const [first] = readPages(await exportDraftDocx(withFootnote(buildSmallSnapshot()), { furniture: MANY_CO_SPONSORS }));
    const lines = first!;
    expectInOrder(lines, [
      ...FIRST_PAGE_ORDER,
      'Colombia*: revised draft resolution',
      'Trafficking in persons',
      'Recalling its resolution 10/3,1',
    ]);
    expect(lines).toContain('Colombia*: revised draft resolution');
    expectInOrder(lines, [
      'Requests the secretariat',
      'Also on behalf of Mexico, Peru, Chile, Ecuador and Spain.',
      'CTOC/COP/2020/10, chap. I, sect. A.',
    ]);
  });

  it('prints the furniture above a tracked revision', async () => {
    const tracked = await exportTrackedChangesDocx(
      {
        title: 'Trafficking in persons',
        chapeau: 'The Conference,',
        paragraphs: [{ ref: '1', kind: 'operative', text: 'Urges States to act;' }],
      },
      {
        title: 'Trafficking in persons',
        chapeau: 'The Conference,',
        paragraphs: [{ ref: '1', baseRef: '1', kind: 'operative', text: 'Urges all States to act;', change: 'revised', author: 'Mexico' }],
      },
      { furniture: FURNITURE, defaultDate: FIXED_DATE },
    );
    expectInOrder(readPages(tracked)[0]!, [
      ...FIRST_PAGE_ORDER,
      'Colombia, Mexico and Peru: revised draft resolution',
      'Trafficking in persons',
      'Urges all States to act;',
    ]);
  });

  it('prints the furniture above the compilation table, its footnote under the table', async () => {
    const table = await exportProposalTableDocx(
      [
        {
          paragraph: 'PP3',
          proposal: 'Recalling also its decision 11/5,',
          delegation: 'Mexico',
          supporters: [],
          objectors: [],
          status: 'open',
        },
      ],
      'Compilation of proposals',
      { furniture: MANY_CO_SPONSORS },
    );
    const lines = readPages(table)[0]!;
    expectInOrder(lines, [
      'United Nations',
      'CTOC/COP/2022/L.5/Rev.1',
      'Distr.: Limited',
      'Eleventh session',
      'Colombia*: revised draft resolution',
      'Compilation of proposals',
      'Proposal',
      'PP3',
    ]);
    expect(findLine(lines, 'Also on behalf of Mexico, Peru, Chile, Ecuador and Spain.')).toBeGreaterThan(findLine(lines, 'PP3'));
  });

  it('still prints a document without furniture as before: its title first, the symbol and date in every header', async () => {
    const pages = readPages(
      await exportDraftDocx(buildCorpusSnapshot('cop11-colombia-revised-draft-2022.md'), {
        symbol: 'CTOC/COP/2022/L.5',
        date: '19 October 2022',
      }),
    );
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page.slice(0, 2)).toEqual(['CTOC/COP/2022/L.5', '19 October 2022']);
    expect(pages[0]![2]).toContain('Implementation of the Protocol');
    expect(pages.flat()).not.toContain('United Nations');
  });
});
