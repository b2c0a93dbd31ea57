import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../text/vocabulary';
import { parseDocument, parseDocumentWithWarnings } from './parse-document';
import { readHtmlAsMarkdown } from './read-html-as-markdown';
import type { CorpusDocument } from './types';

const FIXTURES = path.join(__dirname, 'fixtures');
const readFixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

/** The opening of cop11-colombia-revised-draft-2022.md as converters write it: `<sup>`, `^n^` and `[^n]` markers, a page foot after a rule, a link, a table. */
const MARKDOWN = readFixture('colombia-sup-notes.md');
const HTML = readFixture('colombia-sup-notes.html');

const PP3 =
  'Bearing in mind that the Trafficking in Persons Protocol, which enjoys near-universal ratification, with 179 parties at present, includes the first internationally agreed definition of trafficking in persons and provides a comprehensive framework to prevent and combat trafficking in persons, protect and assist the victims and promote cooperation,';

function countKinds(document: CorpusDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const paragraph of document.paragraphs) counts[paragraph.kind] = (counts[paragraph.kind] ?? 0) + 1;
  return counts;
}

function expectColombiaVariant(document: CorpusDocument): void {
  const byRef = Object.fromEntries(document.paragraphs.map((paragraph) => [paragraph.ref, paragraph]));
  expect(document.paragraphs.map((paragraph) => paragraph.ref)).toEqual(['PP1', 'PP2', 'PP3', 'PP4', '1', '2']);
  expect(countKinds(document)).toEqual({ preambular: 4, operative: 2 });
  expect(document.chapeau).toBe('The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,');
  expect(document.kind).toBe('revised draft resolution');
  expect(document.sponsors).toBe('Colombia');
  expect(byRef.PP1).toMatchObject({
    lead: 'Reaffirming',
    text: 'Reaffirming the importance of the United Nations Convention against Transnational Organized Crime and the Protocols thereto as the main international legal instruments available to the international community to prevent and fight all forms and manifestations of transnational organized crime and to protect the victims of such crimes,',
    notes: ['United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.'],
  });
  expect(byRef.PP2.notes).toEqual(['Ibid., vol. 2225, No. 39574.', 'Ibid., vol. 2237, No. 39574.']);
  expect(byRef.PP2.text.endsWith('supplementing the Convention,')).toBe(true);
  // Interrupted by a page foot after a rule: one paragraph, the word split at the break whole again, no notes of its own.
  expect(byRef.PP3).toMatchObject({ lead: 'Bearing in mind', text: PP3 });
  expect(byRef.PP3.notes).toBeUndefined();
  expect(byRef.PP4.text).toBe(
    'Recalling its resolutions 5/2 of 22 October 2010 and 10/3 of 16 October 2020 on the implementation of the Trafficking in Persons Protocol,',
  );
  expect(byRef['1']).toMatchObject({ lead: 'Urges', notes: ['General Assembly resolution 55/25, annex II.'] });
  expect(byRef['1'].text.endsWith('Transnational Organized Crime;')).toBe(true);
  expect(byRef['2'].text).toBe(
    'Requests the United Nations Office on Drugs and Crime, as manager of the United Nations voluntary trust fund for victims of trafficking in persons, especially women and children, to continue to encourage States to contribute to the trust fund, as set out below: Contributor | Pledged in 2022; States parties | 1,200,000; Other donors | private | 300,000',
  );
  expect(byRef['2'].notes).toEqual(['See the Global Report on Trafficking in Persons 2022.']);
  for (const paragraph of document.paragraphs) {
    // No marker left as digits glued to a word or a comma, no markup, no URL.
    expect(paragraph.text).not.toMatch(/[A-Za-z][0-9]|(?<!\d)[,;][0-9]|<|>|\^|\[|\]|https?:|---/);
  }
  expect(document.notes).toBeUndefined();
}

describe('Markdown converted from an official document in other ways', () => {
  it('reads <sup>, ^n^ and [^n] markers as notes of their paragraph, and rejoins a paragraph broken by a page foot', () => {
    expectColombiaVariant(parseDocument(MARKDOWN, { format: 'markdown', name: 'colombia-sup-notes.md' }));
  });

  it('treats ***, ___ and <hr> as the rule above a page foot like ---', () => {
    for (const rule of ['***', '___', '<hr>', '<hr />', '- - -']) {
      const variant = MARKDOWN.replace('\n---\n', `\n${rule}\n`);
      expectColombiaVariant(parseDocument(variant, { format: 'markdown', name: 'colombia-sup-notes.md' }));
    }
  });

  it('does not join paragraphs across a rule when the first one is finished or the next one opens a paragraph', () => {
    const text = [
      '*The Conference of the Parties,*',
      '',
      '*Recalling* the Protocol,<sup>1</sup>',
      '',
      '---',
      '',
      '<sup>1</sup> United Nations, *Treaty Series*, vol. 2237.',
      '',
      '*Noting* the report of the Secretariat,',
      '',
      '1. *Urges* States to act',
      '',
      '***',
      '',
      '2. *Requests* the Office to report.',
    ].join('\n');
    const document = parseDocument(text, { format: 'markdown', name: 'x-2022.md' });
    expect(document.paragraphs.map((paragraph) => [paragraph.ref, paragraph.text])).toEqual([
      ['PP1', 'Recalling the Protocol,'],
      ['PP2', 'Noting the report of the Secretariat,'],
      ['1', 'Urges States to act'],
      ['2', 'Requests the Office to report.'],
    ]);
    expect(document.paragraphs[0].notes).toEqual(['United Nations, Treaty Series, vol. 2237.']);
  });

  it('finds bare footnote numbers ("Crime,26") when the footnotes after a rule give their number', () => {
    const text = [
      '*The Conference of the Parties,*',
      '',
      '1. *Requests* the United Nations Office on Drugs and Crime,26 within available resources, to report on article 32 to the Conference;',
      '',
      '---',
      '',
      '26 See CTOC/COP/2022/2.',
    ].join('\n');
    const [paragraph] = parseDocument(text, { format: 'markdown', name: 'x-2022.md' }).paragraphs;
    expect(paragraph.text).toBe(
      'Requests the United Nations Office on Drugs and Crime, within available resources, to report on article 32 to the Conference;',
    );
    expect(paragraph.notes).toEqual(['See CTOC/COP/2022/2.']);
  });

  it('keeps a wrapped line that begins with a marker in its paragraph', () => {
    const text = [
      '*The Conference of the Parties,*',
      '',
      '*Recalling* the Convention and the Protocols thereto',
      '<sup>1</sup> as the main instruments,',
      '',
      '[^1]: United Nations, *Treaty Series*, vol. 2225.',
    ].join('\n');
    const [paragraph] = parseDocument(text, { format: 'markdown', name: 'x-2022.md' }).paragraphs;
    expect(paragraph).toMatchObject({
      text: 'Recalling the Convention and the Protocols thereto as the main instruments,',
      notes: ['United Nations, Treaty Series, vol. 2225.'],
    });
  });
});

describe('HTML exported from UN sites, Word and pandoc', () => {
  it('reads the same document as its Markdown variant', () => {
    const document = parseDocument(readHtmlAsMarkdown(HTML), { format: 'markdown', name: 'colombia-sup-notes.html' });
    expectColombiaVariant(document);
    const fromMarkdown = parseDocument(MARKDOWN, { format: 'markdown', name: 'colombia-sup-notes.html' });
    expect(document).toEqual(fromMarkdown);
  });

  it('reads a Word "Web Page": list numbers in conditional spans, note references and notes in Word\'s own markup', () => {
    const document = parseDocument(readHtmlAsMarkdown(readFixture('word-web-page.html')), { format: 'markdown', name: 'word.htm' });
    expect(document.paragraphs).toEqual([
      {
        ref: 'PP1',
        kind: 'preambular',
        depth: 0,
        lead: 'Recalling',
        text: 'Recalling the functions assigned to it in article 32 of the United Nations Convention against Transnational Organized Crime, pursuant to which the Conference was established,',
        notes: ['United Nations, Treaty Series, vol. 2225, No. 39574.'],
      },
      { ref: '1', kind: 'operative', depth: 0, lead: 'Urges', text: 'Urges Member States to consider acceding to the Protocol;' },
    ]);
    expect(document).toMatchObject({ symbol: 'CTOC/COP/2020/L.9', date: '2020-10-14', year: 2020 });
    expect(document.notes).toBeUndefined();
  });

  it('reads elements nested thousands deep as text instead of running out of stack', () => {
    const html = `<p>1. <i>Urges</i> ${'<span>'.repeat(20000)}States to act;${'</span>'.repeat(20000)}</p>`;
    expect(readHtmlAsMarkdown(html).trim()).toBe('1. *Urges* States to act;');
  });

  it('never reads scripts or styles, and keeps text that only looks like markup', () => {
    const markdown = readHtmlAsMarkdown(
      '<p>1. <i>Urges</i> States to act on 3 &lt; 4 and a_b [c];</p><script>document.write("x")</script><style>p{}</style>',
    );
    expect(markdown).not.toContain('document.write');
    const [paragraph] = parseDocumentWithWarnings(markdown, { format: 'markdown', name: 'x-2022.html' }).document.paragraphs;
    expect(paragraph.text).toBe('Urges States to act on 3 < 4 and a_b [c];');
  });
});

describe('catalogue data recognised from the text', () => {
  it('reads symbol, body, session, date and sponsor from the header of the revised draft', () => {
    const document = parseDocument(MARKDOWN, { format: 'markdown', name: 'colombia-sup-notes.md' });
    expect(document).toMatchObject({
      symbol: 'CTOC/COP/2022/L.5/Rev.1',
      body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      session: 'eleventh session, Vienna, 17–21 October 2022',
      date: '2022-10-19',
      year: 2022,
      title:
        'Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
    });
  });

  it('lets what the user typed win over what is recognised', () => {
    const document = parseDocument(MARKDOWN, {
      format: 'markdown',
      name: 'colombia-sup-notes.md',
      meta: { symbol: 'CTOC/COP/2022/L.5', session: 'eleventh session', date: '2022-10-21', body: 'Conference' },
    });
    expect(document).toMatchObject({ symbol: 'CTOC/COP/2022/L.5', session: 'eleventh session', date: '2022-10-21', body: 'Conference' });
  });

  it('reads the body and number a symbol names when the text does not say them', () => {
    const text = (symbol: string): string =>
      [
        symbol,
        '',
        'Distr.: General',
        '20 December 2023',
        '',
        'Resolution adopted on the report of the Committee',
        '',
        '1. *Urges* States to act;',
      ].join('\n');
    expect(parseDocument(text('A/RES/78/1'), { format: 'markdown', name: 'x.md' })).toMatchObject({
      symbol: 'A/RES/78/1',
      body: 'General Assembly',
      number: '78/1',
      date: '2023-12-20',
      year: 2023,
    });
    expect(parseDocument(text('E/CN.15/2023/L.3'), { format: 'markdown', name: 'x.md' })).toMatchObject({
      symbol: 'E/CN.15/2023/L.3',
      body: 'Commission on Crime Prevention and Criminal Justice',
    });
    expect(parseDocument(text('CTOC/COP/WG.4/2023/4'), { format: 'markdown', name: 'x.md' })).toMatchObject({
      body: 'Working Group on Trafficking in Persons',
    });
  });

  it('reads the real corpus headers: date, session and sponsor of the Colombia draft, number of 5/2', () => {
    const corpus = path.join(__dirname, '..', '..', 'corpus');
    const vocabulary = buildVocabulary([]);
    const colombia = parseDocument(readFileSync(path.join(corpus, 'cop11-colombia-revised-draft-2022.md'), 'utf8'), {
      format: 'markdown',
      name: 'cop11-colombia-revised-draft-2022.md',
      vocabulary,
    });
    expect(colombia).toMatchObject({
      kind: 'revised draft resolution',
      body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      session: 'eleventh session, Vienna, 17–21 October 2022',
      date: '2022-10-19',
      sponsors: 'Colombia',
    });
    // Its only symbol is the agenda's, in a footnote: not the document's own.
    expect(colombia.symbol).toBeUndefined();
    const resolution = parseDocument(readFileSync(path.join(corpus, 'cop5-resolution-5-2-2010.md'), 'utf8'), {
      format: 'markdown',
      name: 'cop5-resolution-5-2-2010.md',
      vocabulary,
    });
    expect(resolution).toMatchObject({ kind: 'resolution', number: '5/2', year: 2010 });
  });
});
