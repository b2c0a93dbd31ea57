import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../text/vocabulary';
import { CorpusParseError, parseDocument } from './parse-document';

/** Real excerpt of cop10-draft-resolution-2020.txt: PDF text, double-spaced, footnotes after a rule, URLs, a page break. */
const PDF_EXCERPT = [
  '   Effective implementation of the Protocol to Prevent, ',
  'Suppress and Punish Trafficking in Persons ',
  ' ',
  '',
  ' ',
  '',
  '  The Conference of the Parties to the United Nations Convention against ',
  '',
  'Transnational Organized Crime, ',
  '',
  '  Recalling the functions assigned to it in article 32 of the United Nations ',
  '',
  'Convention against Transnational Organized Crime, 1  pursuant to which the ',
  '',
  'Conference was established to improve the capacity of States parties,2 ',
  '',
  '  Taking note with appreciation of the issue papers published by the Office ',
  '',
  'provided in the Protocol, including abuse of a position of vulnerabi lity, consent and ',
  '',
  'exploitation, and informed the recent revisions of the Model Law 3  and the ',
  '',
  'Legislative Guide, ',
  '__________________ ',
  '',
  ' 1 United Nations, Treaty Series, vol. 2225, No. 39574. ',
  '',
  ' 2 Ibid., vol. 2237, No. 39574. ',
  '',
  ' 3 United Nations publication, Sales No. E.09.V.11.  ',
  'http://undocs.org/A/RES/61/144',
  '  Expressing solidarity with victims by encouraging the integration of a victim -centred ',
  '',
  'approach, which is disproportionally affected by tr afficking, ',
  '',
  '  1. Urges Member States to consider acceding to the Protocol;  ',
  '',
  '  2.  encourages Member States to adopt an integrated strategy, taking into account ',
  '',
  'the work of t he Office;  ',
  '',
  '  3. Encourages States, where appropriate, to:  ',
  '',
  '  (a) Support, protect and empower victims with a view to promoting their long-',
  '',
  'term social inclusion through an inclusiv e and participatory process;  ',
  '',
  '  (b) Train units using a victim -',
  '',
  'centred and human rights-based approach;  ',
].join('\n');

/** Words the corpus attests, as the built-in import provides them. */
const VOCABULARY = buildVocabulary(['vulnerability vulnerability trafficking trafficking inclusive the the the the in in in a a a a']);

describe('parseDocument on PDF text', () => {
  const document = parseDocument(PDF_EXCERPT, {
    format: 'text',
    name: 'my-draft-2020.txt',
    vocabulary: VOCABULARY,
  });
  const text = (ref: string): string => document.paragraphs.find((paragraph) => paragraph.ref === ref)?.text ?? '';

  it('finds title, chapeau and the paragraph structure', () => {
    expect(document.title).toBe('Effective implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons');
    expect(document.chapeau).toBe('The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,');
    expect(document.body).toBe('Conference of the Parties to the United Nations Convention against Transnational Organized Crime');
    expect(document.paragraphs.map((paragraph) => paragraph.ref)).toEqual(['PP1', 'PP2', 'PP3', '1', '2', '3', '3(a)', '3(b)']);
    expect(document.year).toBe(2020);
    expect(document.id).toBe('my-draft-2020');
  });

  it('takes footnote numbers out of the body and keeps them as notes', () => {
    expect(text('PP1')).toBe(
      'Recalling the functions assigned to it in article 32 of the United Nations Convention against Transnational Organized Crime, pursuant to which the Conference was established to improve the capacity of States parties,',
    );
    expect(document.paragraphs[0].notes).toEqual(['United Nations, Treaty Series, vol. 2225, No. 39574.', 'Ibid., vol. 2237, No. 39574.']);
    expect(text('PP2')).toContain('revisions of the Model Law and the Legislative Guide,');
    expect(document.paragraphs[1].notes).toEqual(['United Nations publication, Sales No. E.09.V.11.']);
  });

  it('repairs split words and detached hyphens, drops URLs', () => {
    expect(text('PP2')).toContain('abuse of a position of vulnerability, consent');
    expect(text('PP3')).toBe(
      'Expressing solidarity with victims by encouraging the integration of a victim-centred approach, which is disproportionally affected by trafficking,',
    );
    expect(text('2')).toContain('the work of the Office;');
    expect(text('3(a)')).toContain('long-term social inclusion through an inclusive and participatory');
    expect(text('3(b)')).toBe('Train units using a victim-centred and human rights-based approach;');
    expect(document.paragraphs.some((paragraph) => /http|undocs/.test(paragraph.text))).toBe(false);
  });

  it('reads leads and kinds', () => {
    const byRef = Object.fromEntries(document.paragraphs.map((paragraph) => [paragraph.ref, paragraph]));
    expect(byRef.PP2.lead).toBe('Taking note with appreciation of');
    expect(byRef['1'].lead).toBe('Urges');
    expect(byRef['2'].lead).toBe('encourages');
    expect(byRef['3(a)']).toMatchObject({ kind: 'subparagraph', depth: 1 });
    expect(byRef.PP1).toMatchObject({ kind: 'preambular', depth: 0 });
  });
});

/** Real excerpt of the compendium: a paragraph broken across a page with footnotes and a margin label in between. */
const COMPENDIUM_EXCERPT = `Resolution 10/3

Effective implementation of the Protocol

The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

Recalling the functions assigned to it in article 32 of the United Nations Convention against Transnational Organized Crime,²⁴ pursuant to which the Conference was established,²⁵

Recalling also its decision 4/4 of 17 October 2008 and General Assembly resolutions 71/167 of 19 December 2016, 72/1 of 27 September

²⁴United Nations, *Treaty Series*, vol. 2225, No. 39574.

²⁵*Ibid.*, vol. 2237, No. 39574.

2017, 72/195 of 19 December 2017,²⁶ and having considered the reports of the Secretariat,

Bearing in mind that the Trafficking in Persons Protocol enjoys near universal ratification,

PP 5

Highlighting the impact of the Protocol over the last 20 years on anti-trafficking efforts within the United Nations system,

²⁶Taking note of the pertinent provisions of Security Council resolutions [2331 \\(2016\\)](#) and [2368 \\(2017\\)](#).

1. *Urges* Member States that have not yet done so to consider acceding to the Protocol;

2. *Takes note of* the Global Initiative and recommends that the Secretariat consult with Member States;
`;

describe('parseDocument on Markdown from a PDF publication', () => {
  const document = parseDocument(COMPENDIUM_EXCERPT, { format: 'markdown', name: 'excerpt.md' });

  it('joins the paragraph broken across the page and drops the margin label', () => {
    expect(document.paragraphs.filter((paragraph) => paragraph.kind === 'preambular')).toHaveLength(4);
    const second = document.paragraphs[1];
    expect(second.text).toBe(
      'Recalling also its decision 4/4 of 17 October 2008 and General Assembly resolutions 71/167 of 19 December 2016, 72/1 of 27 September 2017, 72/195 of 19 December 2017, and having considered the reports of the Secretariat,',
    );
    expect(second.notes).toEqual(['Taking note of the pertinent provisions of Security Council resolutions 2331 (2016) and 2368 (2017).']);
    expect(document.paragraphs.some((paragraph) => /PP 5/.test(paragraph.text))).toBe(false);
  });

  it('keeps footnotes of a paragraph in order and reads catalogue data and italic leads', () => {
    expect(document.paragraphs[0].notes).toEqual(['United Nations, Treaty Series, vol. 2225, No. 39574.', 'Ibid., vol. 2237, No. 39574.']);
    expect(document).toMatchObject({ number: '10/3', kind: 'resolution', id: 'cop-res-10-3', year: 2017 });
    expect(document.paragraphs.find((paragraph) => paragraph.ref === '2')?.lead).toBe('Takes note of');
  });
});

/** A fictional resolution a delegate might paste from a PDF. */
const FICTIONAL = `
Resolution 7/1

     Strengthening cooperation against the smuggling of cultural
property

  The Conference of the Parties to the United Nations Convention against
Transnational Organized Crime,
  Recalling its resolution 5/2 of 22 October 2010,
  Deeply concerned about the growing vulnerabi lity of museums in conflict
areas,¹
  1. Calls upon States parties to cooperate in the return of cultural
property;
  2. Requests the secretariat to:
  (a) Collect good practices;
  (b) Report to the Conference at its eighth session;
  3. Decides to remain seized of the matter.
_____
  ¹ See CTOC/COP/2014/7.
`;

describe('parseDocument on a never-seen document', () => {
  it('ends header lines that are short even when nothing in the text is indented', () => {
    const text = [
      'Resolution 12/9',
      '',
      'Protecting victims of trafficking at sea',
      '',
      '  The Conference of the Parties to the United Nations Convention against ',
      'Transnational Organized Crime, ',
      '',
      '  Recalling its resolution 11/5 on the implementation of the Protocol, ',
      '',
      '  1. Urges States parties to protect victims of trafficking in persons at sea; ',
    ].join('\n');
    const document = parseDocument(text, { format: 'text', name: 'res-12-9.txt', meta: { year: 2024 } });
    expect(document).toMatchObject({ number: '12/9', kind: 'resolution', title: 'Protecting victims of trafficking at sea' });
    expect(document.chapeau).toBe('The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,');
    expect(document.paragraphs.map((paragraph) => paragraph.ref)).toEqual(['PP1', '1']);
  });

  it('imports a fictional resolution with correct structure', () => {
    const document = parseDocument(FICTIONAL, {
      format: 'text',
      name: 'upload.txt',
      vocabulary: buildVocabulary(['the vulnerability of groups']),
      meta: { year: 2014 },
    });
    expect(document).toMatchObject({ id: 'cop-res-7-1', number: '7/1', kind: 'resolution', year: 2014 });
    expect(document.title).toBe('Strengthening cooperation against the smuggling of cultural property');
    expect(document.paragraphs.map((paragraph) => [paragraph.ref, paragraph.kind, paragraph.depth, paragraph.lead])).toEqual([
      ['PP1', 'preambular', 0, 'Recalling'],
      ['PP2', 'preambular', 0, 'Deeply concerned'],
      ['1', 'operative', 0, 'Calls upon'],
      ['2', 'operative', 0, 'Requests'],
      ['2(a)', 'subparagraph', 1, undefined],
      ['2(b)', 'subparagraph', 1, undefined],
      ['3', 'operative', 0, 'Decides'],
    ]);
    expect(document.paragraphs[1]).toMatchObject({
      text: 'Deeply concerned about the growing vulnerability of museums in conflict areas,',
      notes: ['See CTOC/COP/2014/7.'],
    });
  });

  it('gives the preambular paragraphs of a resolution whose chapeau is missing, each with its lead', () => {
    const text = 'Resolution 12/9\nSeas\nRecalling its resolution 11/5,\n1. Urges States to act;';
    const document = parseDocument(text, { format: 'text', name: 'res-12-9.txt', meta: { year: 2024 } });
    expect(document).toMatchObject({ number: '12/9', kind: 'resolution', title: 'Seas' });
    expect(document.chapeau).toBeUndefined();
    expect(document.paragraphs.map((paragraph) => [paragraph.ref, paragraph.kind, paragraph.text, paragraph.lead])).toEqual([
      ['PP1', 'preambular', 'Recalling its resolution 11/5,', 'Recalling'],
      ['1', 'operative', 'Urges States to act;', 'Urges'],
    ]);
  });

  it('keeps a title that opens with a participle in the header when the chapeau is missing', () => {
    const text = [
      'Strengthening cooperation at sea',
      '',
      'Recalling its resolution 11/5 on the implementation of the Protocol,',
      '',
      'Deeply concerned by the loss of life among migrants at sea,',
      '',
      '1. Urges States parties to protect victims of trafficking at sea;',
    ].join('\n');
    const document = parseDocument(text, { format: 'text', name: 'sea.txt', meta: { year: 2024 } });
    expect(document.title).toBe('Strengthening cooperation at sea');
    expect(document.kind).toBe('resolution');
    expect(document.paragraphs.map((paragraph) => [paragraph.ref, paragraph.lead])).toEqual([
      ['PP1', 'Recalling'],
      ['PP2', 'Deeply concerned'],
      ['1', 'Urges'],
    ]);
  });

  it('does not glue the first preambular paragraph to a short chapeau in Markdown without blank lines', () => {
    const text = 'Resolution 12/9\n\nSeas\n\nThe Conference,\nRecalling its resolution 11/5,\nNoting the report,\n1. Urges States to act;';
    const document = parseDocument(text, { format: 'markdown', name: 'res-12-9.md', meta: { year: 2024 } });
    expect(document.chapeau).toBe('The Conference,');
    expect(document.title).toBe('Seas');
    expect(document.paragraphs.map((paragraph) => [paragraph.ref, paragraph.text])).toEqual([
      ['PP1', 'Recalling its resolution 11/5,'],
      ['PP2', 'Noting the report,'],
      ['1', 'Urges States to act;'],
    ]);
  });

  it('keeps a line wrapped inside a Markdown paragraph with it, though it opens with a participle-like word', () => {
    const text =
      'The Conference,\n\nRecalling the Protocol supplementing the\nUnited Nations Convention against Transnational Organized Crime,\n\n1. Urges States to act;';
    const document = parseDocument(text, { format: 'markdown', name: 'wrapped.md', meta: { year: 2024 } });
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Recalling the Protocol supplementing the United Nations Convention against Transnational Organized Crime,',
      'Urges States to act;',
    ]);
  });

  it('reads a decision lettered from the top', () => {
    const document = parseDocument(
      'Decision 9/9\n\nTitle of the decision\n\nThe Conference of the Parties:\n\n(a) Decides to act;\n\n(b) Requests the secretariat:\n\n(i) To collect data;\n\n(ii) To report;\n\n(c) Invites States to contribute.\n',
      { format: 'markdown', name: 'dec.md', meta: { year: 2018 } },
    );
    expect(document.kind).toBe('decision');
    expect(document.paragraphs.map((paragraph) => `${paragraph.ref}:${paragraph.depth}`)).toEqual([
      '(a):0',
      '(b):0',
      '(b)(i):1',
      '(b)(ii):1',
      '(c):0',
    ]);
  });
});

describe('parseDocument errors', () => {
  const parse = (text: string) => () => parseDocument(text, { format: 'text', name: 'bad.txt', meta: { year: 2020 } });

  it('rejects an empty text', () => {
    expect(parse('  \n\n ')).toThrow(CorpusParseError);
    expect(parse('')).toThrow(/empty/);
  });

  it('rejects binary garbage with the line', () => {
    try {
      parse('PK\u0003\u0004\n\u0000\u0001\u0002 garbage')();
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(CorpusParseError);
      expect((error as CorpusParseError).line).toBe(1);
      expect((error as CorpusParseError).message).toMatch(/binary/);
    }
  });

  it('rejects text without paragraphs', () => {
    expect(parse('Just a note about the meeting.\n\nNothing more.')).toThrow(/no paragraphs found/);
  });

  it('rejects numbering that goes backwards, naming the line', () => {
    const text = 'The General Assembly,\n\n1. Decides one thing;\n\n2. Decides another;\n\n1. Decides again.';
    try {
      parse(text)();
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(CorpusParseError);
      expect((error as CorpusParseError).line).toBe(7);
      expect((error as CorpusParseError).message).toMatch(/Line 7: paragraph 1 comes after paragraph 2/);
    }
  });
});
