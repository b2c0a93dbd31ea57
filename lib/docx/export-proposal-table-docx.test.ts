import { describe, expect, it } from 'vitest';
import { exportProposalTableDocx, type ProposalTableInput } from './index';
import { readPart } from '@/test-support/docx-fixtures';
import { canReadBack, readDocumentText } from '@/test-support/read-back-document';

const COMPILATION: ProposalTableInput = {
  paragraphs: [
    {
      ref: 'PP3',
      currentText: 'Recalling its resolution 10/3 & decision 11/5,',
      lead: 'Recalling',
      status: 'Agreed ad ref',
      proposals: [
        {
          ref: 'PP3',
          action: 'Amendment',
          change: [
            [0, 'Recalling '],
            [1, 'also '],
            [0, 'its resolution 10/3 '],
            [-1, '& decision 11/5'],
            [0, ','],
          ],
          lead: 'Recalling also',
          baseLead: 'Recalling',
          delegation: 'European Union',
          supporters: ['Norway', 'Switzerland'],
          objectors: [],
          status: 'Open',
          versions: 3,
        },
      ],
    },
    {
      ref: '5(b)',
      currentText: 'By sharing information online;',
      status: 'Bracketed',
      proposals: [
        {
          ref: '5(b)',
          action: 'Deletion',
          change: [[-1, 'By sharing information online;']],
          delegation: 'Russian Federation',
          supporters: [],
          objectors: ['Mexico', 'Canada'],
          status: 'Rejected',
        },
        {
          ref: 'after 5(b)',
          action: 'New paragraph after 5(b)',
          change: [[1, 'By training "first responders";']],
          delegation: 'Colombia',
          supporters: ['Peru'],
          objectors: [],
          status: 'Open',
        },
      ],
    },
    {
      ref: 'Paragraphs no longer in the text',
      proposals: [
        {
          ref: 'removed',
          action: 'Move to after 7',
          change: [],
          delegation: 'Canada',
          supporters: [],
          objectors: [],
          status: 'Withdrawn',
        },
      ],
    },
  ],
};

const TITLE = 'Compilation of proposals: draft resolution on trafficking in persons';

function readText(xml: string): string {
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join('');
}

function readCells(row: string): string[] {
  return [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((cell) => readText(cell[1]!));
}

/** The runs of an XML fragment with their text and the formatting a reader sees. */
function readRuns(xml: string): { text: string; underline: boolean; strike: boolean; italics: boolean }[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((run) => ({
    text: readText(run[1]!),
    underline: /<w:u w:val="single"\/>/.test(run[1]!),
    strike: /<w:strike\/>/.test(run[1]!),
    italics: /<w:i\/>/.test(run[1]!),
  }));
}

describe('exportProposalTableDocx', () => {
  it('writes a landscape table: each paragraph with its current text and status, then each proposal with its change marked', async () => {
    const buffer = await exportProposalTableDocx(COMPILATION, TITLE);
    const xml = await readPart(buffer, 'word/document.xml');
    expect(xml).toContain(TITLE);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((match) => match[1]!);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(readCells(rows[0]!)).toEqual([
      'Paragraph',
      'Current text and proposed changes',
      'Proposed by',
      'Supported by',
      'Objected to by',
      'Status',
    ]);
    expect(readCells(rows[1]!)).toEqual(['PP3', 'Recalling its resolution 10/3 &amp; decision 11/5,', 'Current text', 'Agreed ad ref']);
    expect(rows[1]).toContain('w:fill="E7E6E6"');
    expect(rows[1]).toContain('<w:keepNext/>');
    expect(readRuns(rows[1]!).find((run) => run.text === 'Recalling')?.italics).toBe(true);
    expect(readCells(rows[2]!)).toEqual([
      'PP3',
      'AmendmentRecalling also its resolution 10/3 &amp; decision 11/5,',
      'European Union',
      'Norway, Switzerland',
      '',
      'Open3 versions',
    ]);
    expect(readCells(rows[3]!)).toEqual(['5(b)', 'By sharing information online;', 'Current text', 'Bracketed']);
    expect(readCells(rows[4]!)).toEqual([
      '5(b)',
      'DeletionBy sharing information online;',
      'Russian Federation',
      '',
      'Mexico, Canada',
      'Rejected',
    ]);
    expect(readCells(rows[5]!)).toEqual([
      'after 5(b)',
      'New paragraph after 5(b)By training &quot;first responders&quot;;',
      'Colombia',
      'Peru',
      '',
      'Open',
    ]);
    expect(readCells(rows[6]!)).toEqual(['', 'Paragraphs no longer in the text', '', '']);
    expect(readCells(rows[7]!)).toEqual(['removed', 'Move to after 7', 'Canada', '', '', 'Withdrawn']);
  });

  it('underlines insertions and strikes deletions as formatted runs, keeping the italic leads of both texts', async () => {
    const xml = await readPart(await exportProposalTableDocx(COMPILATION, TITLE), 'word/document.xml');
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((match) => match[1]!);
    expect(readRuns(rows[2]!).filter((run) => run.text !== '')).toEqual([
      { text: 'PP3', underline: false, strike: false, italics: false },
      { text: 'Amendment', underline: false, strike: false, italics: false },
      { text: 'Recalling ', underline: false, strike: false, italics: true },
      { text: 'also', underline: true, strike: false, italics: true },
      { text: ' ', underline: true, strike: false, italics: false },
      { text: 'its resolution 10/3 ', underline: false, strike: false, italics: false },
      { text: '&amp; decision 11/5', underline: false, strike: true, italics: false },
      { text: ',', underline: false, strike: false, italics: false },
      { text: 'European Union', underline: false, strike: false, italics: false },
      { text: 'Norway, Switzerland', underline: false, strike: false, italics: false },
      { text: 'Open', underline: false, strike: false, italics: false },
      { text: '3 versions', underline: false, strike: false, italics: false },
    ]);
    expect(readRuns(rows[4]!).find((run) => run.text === 'By sharing information online;')).toMatchObject({
      strike: true,
      underline: false,
    });
    expect(readRuns(rows[5]!).find((run) => run.text.startsWith('By training'))).toMatchObject({ underline: true, strike: false });
    // Formatting, not Word revisions: "Accept all changes" must not wipe the marking out.
    expect(xml).not.toMatch(/<w:(ins|del) /);
    expect(xml).toContain('Proposed insertions are underlined; proposed deletions are struck through.');
  });

  it('parts struck words from the words replacing them, and keeps line breaks in a proposed wording', async () => {
    const input: ProposalTableInput = {
      paragraphs: [
        {
          ref: '2',
          currentText: 'Urges States to act without delay;',
          proposals: [
            {
              ref: '2',
              action: 'Amendment',
              change: [
                [0, 'Urges States to act '],
                [-1, 'without delay'],
                [1, 'swiftly\nand firmly'],
                [0, ';'],
              ],
              delegation: 'Colombia',
              supporters: [],
              objectors: [],
              status: 'Open',
            },
          ],
        },
      ],
    };
    const xml = await readPart(await exportProposalTableDocx(input, TITLE), 'word/document.xml');
    const row = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)][2]![1]!;
    const runs = readRuns(row).map((run) => [run.text, run.strike ? 'struck' : run.underline ? 'underlined' : 'plain']);
    expect(runs.slice(2, 7)).toEqual([
      ['Urges States to act ', 'plain'],
      ['without delay', 'struck'],
      [' ', 'plain'],
      ['swiftly', 'underlined'],
      ['and firmly', 'underlined'],
    ]);
    expect(row).toMatch(/<w:br\/><w:t[^>]*>and firmly<\/w:t>/);
  });

  it('says so when there are no proposals', async () => {
    const xml = await readPart(await exportProposalTableDocx({ paragraphs: [] }, 'Compilation'), 'word/document.xml');
    expect(xml).toContain('No proposals.');
    expect(xml).not.toContain('<w:tbl>');
  });

  describe.skipIf(!canReadBack)('read back as printed (LibreOffice to PDF, pdftotext)', () => {
    it('prints the current text, the delegations, supporters, objectors, statuses and the changes', async () => {
      const text = readDocumentText(await exportProposalTableDocx(COMPILATION, TITLE)).replace(/\s+/g, ' ');
      for (const expected of [
        TITLE,
        'Proposed insertions are underlined',
        'Current text and proposed changes',
        'Recalling its resolution 10/3 & decision 11/5,',
        'Agreed ad ref',
        'Recalling also its resolution 10/3 & decision 11/5,',
        'European Union',
        'Norway, Switzerland',
        '3 versions',
        'Russian Federation',
        'Mexico, Canada',
        'Rejected',
        'By training "first responders";',
        'Paragraphs no longer in the text',
        'Move to after 7',
        'Withdrawn',
      ])
        expect(text).toContain(expected);
    }, 180_000);
  });
});
