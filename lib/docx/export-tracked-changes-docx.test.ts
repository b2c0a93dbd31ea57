import { describe, expect, it } from 'vitest';
import { compareTexts } from '@/lib/compare';
import type { ComparisonPair } from '@/lib/compare';
import {
  buildTrackedChangesInput,
  exportTrackedChangesDocx,
  importDraftDocx,
  type RefParagraph,
  type TrackedBaseText,
  type TrackedParagraph,
} from './index';
import { FIXED_DATE, readPart } from '@/test-support/docx-fixtures';
import { canReadBack, readDocumentText } from '@/test-support/read-back-document';

const BASE: TrackedBaseText = {
  title: 'Trafficking in persons',
  chapeau: 'The Conference of the Parties,',
  paragraphs: [
    { ref: 'PP1', kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
    { ref: '1', kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
    { ref: '2', kind: 'operative', text: 'Requests the secretariat to report.', lead: 'Requests' },
  ],
};

function readRevisions(xml: string, tag: 'ins' | 'del'): { author: string; date: string; text: string }[] {
  const pattern = new RegExp(`<w:${tag} w:id="\\d+" w:author="([^"]*)" w:date="([^"]*)"(?:/>|>(.*?)</w:${tag}>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({
    author: match[1]!,
    date: match[2]!,
    text: [...(match[3] ?? '').matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((text) => text[1]).join(''),
  }));
}

describe('exportTrackedChangesDocx', () => {
  it('writes every change as w:ins / w:del credited to its delegation', async () => {
    const buffer = await exportTrackedChangesDocx(
      BASE,
      {
        title: BASE.title,
        chapeau: BASE.chapeau,
        paragraphs: [
          {
            ref: 'PP1',
            baseRef: 'PP1',
            kind: 'preambular',
            text: 'Recalling also its resolution 10/3,',
            lead: 'Recalling also',
            change: 'revised',
            author: 'European Union',
          },
          {
            ref: '1',
            baseRef: '1',
            kind: 'operative',
            text: 'Urges States to act [promptly];',
            lead: 'Urges',
            change: 'revised',
            author: 'Mexico',
            ops: [
              [0, 'Urges States '],
              [-1, 'parties '],
              [0, 'to act'],
              [1, ' [promptly]', { author: 'Colombia' }],
              [0, ';'],
            ],
          },
          {
            ref: '2',
            baseRef: '2',
            kind: 'operative',
            text: 'Requests the secretariat to report.',
            lead: 'Requests',
            change: 'deleted',
            author: 'Canada',
          },
          { ref: '2', kind: 'operative', text: 'Invites donors to contribute.', lead: 'Invites', change: 'new', author: 'Norway' },
        ],
      },
      { defaultDate: FIXED_DATE },
    );
    const xml = await readPart(buffer, 'word/document.xml');
    const insertions = readRevisions(xml, 'ins');
    const deletions = readRevisions(xml, 'del');
    expect(insertions.filter((change) => change.text)).toEqual([
      { author: 'European Union', date: FIXED_DATE, text: 'also' },
      { author: 'European Union', date: FIXED_DATE, text: ' ' },
      { author: 'Colombia', date: FIXED_DATE, text: ' [promptly]' },
      { author: 'Norway', date: FIXED_DATE, text: 'Invites' },
      { author: 'Norway', date: FIXED_DATE, text: ' donors to contribute.' },
    ]);
    expect(deletions.filter((change) => change.text)).toEqual([
      { author: 'Mexico', date: FIXED_DATE, text: 'parties ' },
      { author: 'Canada', date: FIXED_DATE, text: 'Requests' },
      { author: 'Canada', date: FIXED_DATE, text: ' the secretariat to report.' },
    ]);
    // Whole paragraphs carry a tracked paragraph mark, so Accept/Reject removes the paragraph too.
    expect(xml).toContain(`<w:rPr><w:del w:id="`);
    expect(xml).toMatch(/<w:pPr>[^]*?<w:rPr><w:ins w:id="\d+" w:author="Norway" w:date="2022-10-19T10:30:00Z"\/><\/w:rPr><\/w:pPr>/);
    // The italic lead stays italic inside a tracked insertion and deletion.
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Norway"[^>]*><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Invites</);
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="Canada"[^>]*><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:delText xml:space="preserve">Requests</,
    );
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await readPart(buffer, 'word/settings.xml')).toContain('<w:trackRevisions/>');

    const imported = await importDraftDocx(buffer);
    expect(imported.paragraphs.map((paragraph) => paragraph.text)).toEqual(BASE.paragraphs.map((paragraph) => paragraph.text));
    expect(imported.trackedChanges).toEqual([
      { type: 'insertion', author: 'European Union', date: FIXED_DATE, text: 'also ', paragraphIndex: 0 },
      { type: 'deletion', author: 'Mexico', date: FIXED_DATE, text: 'parties ', paragraphIndex: 1 },
      { type: 'insertion', author: 'Colombia', date: FIXED_DATE, text: ' [promptly]', paragraphIndex: 1 },
      {
        type: 'deletion',
        author: 'Canada',
        date: FIXED_DATE,
        text: 'Requests the secretariat to report.',
        paragraphIndex: 2,
        paragraphBreak: true,
      },
      {
        type: 'insertion',
        author: 'Norway',
        date: FIXED_DATE,
        text: 'Invites donors to contribute.',
        paragraphIndex: 3,
        paragraphBreak: true,
      },
    ]);
  });

  it('deletes base paragraphs the revision leaves out, where they stood, and tracks title changes', async () => {
    const buffer = await exportTrackedChangesDocx(
      BASE,
      {
        title: 'Combating trafficking in persons',
        chapeau: BASE.chapeau,
        author: 'Secretariat',
        date: '2022-10-20',
        paragraphs: [{ ref: '1', baseRef: '1', kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges', change: 'revised' }],
      },
      { defaultDate: FIXED_DATE },
    );
    const imported = await importDraftDocx(buffer);
    expect(imported.title).toBe(BASE.title);
    expect(imported.paragraphs.map((paragraph) => paragraph.text)).toEqual(BASE.paragraphs.map((paragraph) => paragraph.text));
    expect(
      imported.trackedChanges.map(({ type, author, text, paragraphIndex, part }) => ({ type, author, text, paragraphIndex, part })),
    ).toEqual([
      { type: 'deletion', author: 'Secretariat', text: 'Trafficking', paragraphIndex: -1, part: 'title' },
      { type: 'insertion', author: 'Secretariat', text: 'Combating trafficking', paragraphIndex: -1, part: 'title' },
      { type: 'deletion', author: 'Secretariat', text: 'Recalling its resolution 10/3,', paragraphIndex: 0, part: undefined },
      { type: 'deletion', author: 'Secretariat', text: 'Requests the secretariat to report.', paragraphIndex: 2, part: undefined },
    ]);
    expect(imported.trackedChanges[0]!.date).toBe('2022-10-20T00:00:00Z');
  });

  it('refuses ops that do not spell the revised text, and dates that are not dates', async () => {
    await expect(
      exportTrackedChangesDocx(BASE, {
        ...BASE,
        paragraphs: [{ ref: '1', kind: 'operative', text: 'Urges all States;', change: 'revised', ops: [[0, 'Urges States;']] }],
      }),
    ).rejects.toThrow(/ops do not spell its text/);
    await expect(
      exportTrackedChangesDocx(BASE, { ...BASE, paragraphs: [{ kind: 'operative', text: 'x', change: 'new', date: 'yesterday' }] }),
    ).rejects.toThrow(/Not a date/);
  });
});

describe('buildTrackedChangesInput', () => {
  const oldParagraphs: RefParagraph[] = [
    { ref: 'PP1', kind: 'preambular', text: 'Recalling its resolution 10/3 on trafficking in persons,', lead: 'Recalling' },
    {
      ref: 'PP2',
      kind: 'preambular',
      text: 'Deeply concerned about the use of online platforms by traffickers to recruit victims,',
      lead: 'Deeply concerned',
    },
    {
      ref: '1',
      kind: 'operative',
      text: 'Urges Member States that have not yet done so to consider ratifying or acceding to the Protocol;',
      lead: 'Urges',
    },
    {
      ref: '2',
      kind: 'operative',
      text: 'Calls upon States to ensure that victims are not punished for unlawful acts committed as a direct consequence of having been trafficked, and to provide shelters for victims;',
      lead: 'Calls upon',
    },
    { ref: '3', kind: 'operative', text: 'Requests the Secretariat to report to the Conference at its next session.', lead: 'Requests' },
  ];
  const newParagraphs: RefParagraph[] = [
    {
      ref: 'PP1',
      kind: 'preambular',
      text: 'Recalling its resolution 10/3 on trafficking in persons [and its decision 11/5],',
      lead: 'Recalling',
    },
    {
      ref: 'PP2',
      kind: 'preambular',
      text: 'Deeply concerned about the use of online platforms by traffickers to recruit victims,',
      lead: 'Deeply concerned',
    },
    {
      ref: '1',
      kind: 'operative',
      text: 'Urges Member States that have not yet done so to consider ratifying or acceding to the Protocol;',
      lead: 'Urges',
    },
    {
      ref: '2',
      kind: 'operative',
      text: 'Calls upon States to ensure that victims are not punished for unlawful acts committed as a direct consequence of having been trafficked;',
      lead: 'Calls upon',
    },
    { ref: '3', kind: 'operative', text: 'Also calls upon States to provide shelters and legal aid for victims;', lead: 'Also calls upon' },
    { ref: '4', kind: 'operative', text: 'Invites Member States to provide extrabudgetary resources for these purposes;', lead: 'Invites' },
  ];
  const authors: Record<string, string> = { EU: 'European Union', MEX: 'Mexico', COL: 'Colombia' };
  const attributed = newParagraphs.map((paragraph) => ({
    ...paragraph,
    attribution: paragraph.ref === 'PP1' ? 'EU' : paragraph.ref === '4' ? 'COL' : 'MEX',
  }));

  it('turns a comparison into tracked changes whose reject-all text is the base and accept-all text the revision', async () => {
    const { pairs } = compareTexts(oldParagraphs, attributed);
    const input = buildTrackedChangesInput(pairs, {
      oldParagraphs,
      newParagraphs,
      authorFor: (pair: ComparisonPair) => (pair.attribution ? authors[pair.attribution] : undefined),
      dateFor: () => FIXED_DATE,
    });
    const acceptAll = input.paragraphs.filter((paragraph) => paragraph.change !== 'deleted').map((paragraph) => paragraph.text);
    expect(acceptAll.join(' ')).toBe(newParagraphs.map((paragraph) => paragraph.text).join(' '));

    const buffer = await exportTrackedChangesDocx(
      { title: 'T', chapeau: 'The Conference of the Parties,', paragraphs: input.base },
      { title: 'T', chapeau: 'The Conference of the Parties,', paragraphs: input.paragraphs },
      { defaultDate: FIXED_DATE },
    );
    const imported = await importDraftDocx(buffer);
    expect(imported.paragraphs.map(({ kind, text, lead }) => ({ kind, text, lead }))).toEqual(
      oldParagraphs.map(({ kind, text, lead }) => ({ kind, text, lead })),
    );
    const authorsSeen = new Set(imported.trackedChanges.map((change) => change.author));
    // The deleted paragraph 3 has no attribution in the comparison, so it goes to the default author.
    expect(authorsSeen).toEqual(new Set(['European Union', 'Mexico', 'Colombia', 'Zero Draft']));
    expect(imported.trackedChanges).toContainEqual(
      expect.objectContaining({ type: 'deletion', author: 'Zero Draft', paragraphIndex: 4, paragraphBreak: true }),
    );
    expect(imported.trackedChanges).toContainEqual(
      expect.objectContaining({ type: 'insertion', author: 'European Union', text: ' [and its decision 11/5]', paragraphIndex: 0 }),
    );
    expect(imported.trackedChanges).toContainEqual(
      expect.objectContaining({
        type: 'insertion',
        author: 'Colombia',
        text: 'Invites Member States to provide extrabudgetary resources for these purposes;',
      }),
    );
  });

  it('writes a split as an inserted paragraph mark, and a moved paragraph as a move from there to here', async () => {
    const pairs: ComparisonPair[] = [
      {
        from: '1',
        to: '1',
        fromRefs: ['1'],
        toRefs: ['1', '2'],
        status: 'split',
        similarity: 0.9,
        kind: 'operative',
        ops: [
          [0, 'Urges States to act'],
          [-1, ' and'],
          [1, ';\nInvites'],
          [0, ' donors to give;'],
        ],
        attribution: 'Mexico',
      },
      { from: 'PP1', to: 'PP1', status: 'moved', moved: true, similarity: 1, kind: 'preambular', ops: [[0, 'Noting the report,']] },
    ];
    const input = buildTrackedChangesInput(pairs, {
      oldParagraphs: [
        { ref: 'PP1', kind: 'preambular', text: 'Noting the report,', lead: 'Noting' },
        { ref: '1', kind: 'operative', text: 'Urges States to act and donors to give;', lead: 'Urges' },
      ],
      newParagraphs: [
        { ref: '1', kind: 'operative', text: 'Urges States to act;', lead: 'Urges' },
        { ref: '2', kind: 'operative', text: 'Invites donors to give;', lead: 'Invites' },
        { ref: 'PP1', kind: 'preambular', text: 'Noting the report,', lead: 'Noting' },
      ],
    });
    expect(input.paragraphs.map(({ change, text, mark, author, move }) => ({ change, text, mark, author, move }))).toEqual([
      { change: 'deleted', text: 'Noting the report,', mark: undefined, author: undefined, move: { name: 'move1', side: 'from' } },
      { change: 'revised', text: 'Urges States to act;', mark: 'inserted', author: 'Mexico', move: undefined },
      { change: 'revised', text: 'Invites donors to give;', mark: undefined, author: 'Mexico', move: undefined },
      { change: 'new', text: 'Noting the report,', mark: undefined, author: undefined, move: { name: 'move1', side: 'to' } },
    ]);
    const buffer = await exportTrackedChangesDocx(
      { title: 'T', chapeau: 'The Conference of the Parties,', paragraphs: input.base },
      { title: 'T', chapeau: 'The Conference of the Parties,', paragraphs: input.paragraphs },
      { defaultDate: FIXED_DATE },
    );
    const imported = await importDraftDocx(buffer);
    expect(imported.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Noting the report,',
      'Urges States to act and donors to give;',
    ]);
    expect(imported.paragraphs[1]!.lead).toBe('Urges');
  });

  it('rebuilds exact ops when the engine hid noise', () => {
    const pair: ComparisonPair = {
      from: '1',
      to: '1',
      status: 'unchanged',
      similarity: 1,
      kind: 'operative',
      ops: [[0, 'Urges “States” to act;']],
    };
    const input = buildTrackedChangesInput([pair], {
      oldParagraphs: [{ ref: '1', kind: 'operative', text: 'Urges "States" to act;' }],
      newParagraphs: [{ ref: '1', kind: 'operative', text: 'Urges “States” to act;' }],
    });
    const ops = input.paragraphs[0]!.ops!;
    expect(
      ops
        .filter(([op]) => op !== 1)
        .map(([, text]) => text)
        .join(''),
    ).toBe('Urges "States" to act;');
    expect(
      ops
        .filter(([op]) => op !== -1)
        .map(([, text]) => text)
        .join(''),
    ).toBe('Urges “States” to act;');
  });
});

describe('faithful tracked files', () => {
  const FOUR: TrackedBaseText = {
    title: 'T',
    chapeau: 'The Conference of the Parties,',
    paragraphs: [
      { ref: '1', kind: 'operative', text: 'Urges States to act;', lead: 'Urges' },
      { ref: '2', kind: 'operative', text: 'Requests the secretariat to report;', lead: 'Requests' },
      { ref: '3', kind: 'operative', text: 'Invites donors to give;', lead: 'Invites' },
      { ref: '3(a)', kind: 'subparagraph', text: 'to the fund;', depth: 1 },
      { ref: '4', kind: 'operative', text: 'Decides to remain seized of the matter.', lead: 'Decides' },
    ],
  };
  const revised = (ref: string, baseRef: string): TrackedParagraph => {
    const base = FOUR.paragraphs.find((paragraph) => paragraph.ref === baseRef)!;
    return { ...base, ref, baseRef, change: 'revised' };
  };

  /** Paragraph 2 deleted by Canada, two paragraphs inserted by Norway after it; 3, 3(a) and 4 now 4, 4(a) and 5. */
  async function exportRenumbered(): Promise<Buffer> {
    return exportTrackedChangesDocx(
      FOUR,
      {
        title: 'T',
        chapeau: FOUR.chapeau,
        paragraphs: [
          revised('1', '1'),
          { ...FOUR.paragraphs[1]!, baseRef: '2', change: 'deleted', author: 'Canada' },
          { ref: '2', kind: 'operative', text: 'Welcomes the report;', lead: 'Welcomes', change: 'new', author: 'Norway' },
          { ref: '3', kind: 'operative', text: 'Notes the plan;', lead: 'Notes', change: 'new', author: 'Norway' },
          revised('4', '3'),
          revised('4(a)', '3(a)'),
          { ...revised('5', '4'), status: 'agreed-ad-ref' },
        ],
      },
      { defaultDate: FIXED_DATE },
    );
  }

  it('numbers every listed paragraph with w:numPr at the number it has now, and keeps the base number as a formatting change', async () => {
    const buffer = await exportRenumbered();
    const xml = await readPart(buffer, 'word/document.xml');
    const numbering = await readPart(buffer, 'word/numbering.xml');
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((match) => match[0]).slice(2);
    expect(paragraphs).toHaveLength(7);
    for (const paragraph of paragraphs) expect(paragraph).toMatch(/<w:pPr>(?:(?!<w:pPrChange).)*<w:numPr>/);
    const startOf = (paragraph: string) => {
      const numId = /<w:numId w:val="(\d+)"\/>/.exec(paragraph)![1];
      const abstract = new RegExp(`<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1];
      const ilvl = /<w:ilvl w:val="(\d)"\/>/.exec(paragraph)![1];
      const definition = new RegExp(`<w:abstractNum w:abstractNumId="${abstract}"[^>]*>(.*?)</w:abstractNum>`).exec(numbering)![1]!;
      return Number(new RegExp(`<w:lvl w:ilvl="${ilvl}"[^>]*><w:start w:val="(\\d+)"/>`).exec(definition)![1]);
    };
    const byText = (text: string) => paragraphs.find((paragraph) => paragraph.includes(text))!;
    expect(
      ['Urges', ' the report;', ' the plan;', ' donors to give;', 'to the fund;', ' to remain seized'].map((text) => startOf(byText(text))),
    ).toEqual([1, 2, 3, 4, 1, 5]);
    // Reject All gives the base numbers back: 3 and 4 were 3 and 4 before.
    expect(byText(' donors to give;')).toMatch(/<w:pPrChange w:id="\d+" w:author="[^"]*"[^>]*><w:pPr>.*<w:numPr>/);
    expect(byText('Urges')).not.toContain('<w:pPrChange');
  });

  it('moves the deletion of a deleted paragraph onto the mark before it, and imports it back as that paragraph deleted', async () => {
    const buffer = await exportRenumbered();
    const xml = await readPart(buffer, 'word/document.xml');
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((match) => match[0]);
    const urges = paragraphs.find((paragraph) => paragraph.includes('Urges'))!;
    expect(urges).toMatch(/<w:rPr><w:del w:id="\d+" w:author="Canada"/);
    const imported = await importDraftDocx(buffer);
    expect(imported.paragraphs.map((paragraph) => paragraph.text)).toEqual(FOUR.paragraphs.map((paragraph) => paragraph.text));
    expect(imported.trackedChanges).toContainEqual(
      expect.objectContaining({
        type: 'deletion',
        author: 'Canada',
        text: 'Requests the secretariat to report;',
        paragraphIndex: 1,
        paragraphBreak: true,
      }),
    );
  });

  it('writes the status as a mark outside the tracked changes', async () => {
    const xml = await readPart(await exportRenumbered(), 'word/document.xml');
    expect(xml).toContain(
      '<w:r><w:rPr><w:rStyle w:val="ParagraphStatus"/></w:rPr><w:t xml:space="preserve"> (agreed ad ref)</w:t></w:r></w:p>',
    );
  });

  it('writes the footnotes of the new text: plain in unchanged words, tracked in inserted ones', async () => {
    const buffer = await exportTrackedChangesDocx(
      FOUR,
      {
        title: 'T',
        chapeau: FOUR.chapeau,
        paragraphs: [
          { ...revised('1', '1'), notes: [{ at: 'Urges States'.length, note: 'Parties to the Convention.' }] },
          {
            ...revised('2', '2'),
            text: 'Requests the secretariat to report in writing;',
            ops: [
              [0, 'Requests the secretariat to report'],
              [1, ' in writing', { author: 'Japan' }],
              [0, ';'],
            ],
            notes: [{ at: 'Requests the secretariat to report in writing'.length, note: 'See document A/1.' }],
          },
        ],
      },
      { defaultDate: FIXED_DATE },
    );
    const xml = await readPart(buffer, 'word/document.xml');
    const footnotes = await readPart(buffer, 'word/footnotes.xml');
    expect(footnotes).toContain('Parties to the Convention.');
    expect(footnotes).toContain('See document A/1.');
    expect(xml).toMatch(
      /<w:t xml:space="preserve"> States<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/,
    );
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="Japan"[^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="2"\/><\/w:r><\/w:ins>/,
    );
  });

  it('writes a moved and edited paragraph as a move with the edits inside the moveTo, the same name on both ranges', async () => {
    const oldParagraphs: RefParagraph[] = [
      { ref: 'PP1', kind: 'preambular', text: 'Noting the report of the Secretary-General,', lead: 'Noting' },
      { ref: 'PP2', kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
      { ref: '1', kind: 'operative', text: 'Urges States to act;', lead: 'Urges' },
    ];
    const newParagraphs: RefParagraph[] = [
      { ref: 'PP1', kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
      {
        ref: 'PP2',
        kind: 'preambular',
        text: 'Noting with appreciation the report of the Secretary-General,',
        lead: 'Noting with appreciation',
      },
      { ref: '1', kind: 'operative', text: 'Urges States to act;', lead: 'Urges' },
    ];
    const pairs: ComparisonPair[] = [
      { from: 'PP2', to: 'PP1', status: 'unchanged', similarity: 1, kind: 'preambular', ops: [[0, 'Recalling its resolution 10/3,']] },
      {
        from: 'PP1',
        to: 'PP2',
        status: 'moved',
        moved: true,
        similarity: 0.9,
        kind: 'preambular',
        ops: [
          [0, 'Noting'],
          [1, ' with appreciation'],
          [0, ' the report of the Secretary-General,'],
        ],
      },
      { from: '1', to: '1', status: 'unchanged', similarity: 1, kind: 'operative', ops: [[0, 'Urges States to act;']] },
    ];
    const input = buildTrackedChangesInput(pairs, { oldParagraphs, newParagraphs, authorFor: () => 'Brazil' });
    const buffer = await exportTrackedChangesDocx(
      { title: 'T', chapeau: 'The Conference,', paragraphs: input.base },
      { title: 'T', chapeau: 'The Conference,', paragraphs: input.paragraphs },
      { defaultDate: FIXED_DATE },
    );
    const xml = await readPart(buffer, 'word/document.xml');
    const from =
      /<w:moveFromRangeStart w:id="(\d+)" w:author="Brazil" w:date="[^"]+" w:name="(\w+)"\/>(.*?)<w:moveFromRangeEnd w:id="\1"\/>/.exec(
        xml,
      );
    const to =
      /<w:moveToRangeStart w:id="(\d+)" w:author="Brazil" w:date="[^"]+" w:name="(\w+)"\/>(.*?)<w:moveToRangeEnd w:id="\1"\/>/.exec(xml);
    expect(from?.[2]).toBe('move1');
    expect(to?.[2]).toBe('move1');
    const spell = (part: string, tag: string) =>
      [...part.matchAll(new RegExp(`<${tag} w:id="\\d+" w:author="Brazil"[^>]*>(.*?)</${tag}>`, 'g'))]
        .map((match) => [...match[1]!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((text) => text[1]).join(''))
        .join('|');
    expect(spell(from![3]!, 'w:moveFrom')).toBe('Noting| the report of the Secretary-General,');
    expect(spell(to![3]!, 'w:moveTo')).toBe('Noting| the report of the Secretary-General,');
    expect(spell(to![3]!, 'w:ins')).toBe(' with appreciation');
    expect(xml).not.toMatch(/<w:del w:id="\d+" w:author="Brazil"[^>]*><w:r>(?:(?!<\/w:del>).)*Noting/);
    // The moved paragraph's marks move too: where it stood, and where it now is.
    expect(xml).toMatch(
      /<w:rPr><w:moveFrom w:id="\d+" w:author="Brazil"[^>]*\/><\/w:rPr>|<w:rPr><w:del w:id="\d+" w:author="Brazil"[^>]*\/><\/w:rPr>/,
    );
    expect(xml).toMatch(/<w:rPr><w:moveTo w:id="\d+" w:author="Brazil"[^>]*\/><\/w:rPr>/);

    const imported = await importDraftDocx(buffer);
    expect(imported.paragraphs.map((paragraph) => paragraph.text)).toEqual(oldParagraphs.map((paragraph) => paragraph.text));
  });

  describe.skipIf(!canReadBack)('as LibreOffice prints them', () => {
    it('prints the numbers a delegate expects (no "4.[3.]"), the deleted paragraph\'s own number in brackets, and the status', async () => {
      const text = readDocumentText(await exportRenumbered(), 'docx', { layout: true });
      const lines = text.split('\n').map((line) => line.trim());
      const numberOf = (words: string) => lines.find((line) => line.includes(words))?.split(/\s+/)[0];
      expect(numberOf('Urges States to act;')).toBe('1.');
      expect(numberOf('Requests the secretariat to report;')).toBe('[2.]');
      expect(numberOf('Welcomes the report;')).toBe('2.');
      expect(numberOf('Notes the plan;')).toBe('3.');
      expect(numberOf('Invites donors to give;')).toBe('4.');
      expect(numberOf('to the fund;')).toBe('(a)');
      expect(numberOf('Decides to remain seized')).toBe('5.');
      expect(text).not.toMatch(/\d\.\s*\[\d+\.\]/);
      expect(lines.find((line) => line.includes('Decides to remain seized'))).toContain('(agreed ad ref)');
    });
  });
});
