/**
 * Synthetic documents shaped like the large texts people import: PDF text of
 * a long report (prose hard-wrapped at about 78 columns, page numbers and job
 * numbers between pages, footnotes under a rule, words hyphenated at line ends)
 * and long lists of numbered paragraphs with lettered subparagraphs. Seeded, so
 * a size always gives the same text.
 */

export type ImportShape = 'prose' | 'numbered';

const SUBJECTS = [
  'States parties',
  'the Conference',
  'the Working Group',
  'the secretariat',
  'Member States',
  'the United Nations Office on Drugs and Crime',
  'relevant international organizations',
  'civil society',
  'national authorities',
  'the international community',
];
const VERBS = [
  'should strengthen',
  'are encouraged to promote',
  'continue to support',
  'may consider',
  'have taken steps to improve',
  'need to ensure',
  'reported progress in',
  'are invited to share',
  'should review',
  'recognized the importance of',
];
const OBJECTS = [
  'the identification of victims of trafficking in persons',
  'international cooperation in criminal matters',
  'the protection of witnesses and the vulnerability of migrants',
  'measures to prevent and combat trafficking in persons',
  'the collection of data on investigations, prosecutions and convictions',
  'victim-centred and trauma-informed approaches',
  'the implementation of the Trafficking in Persons Protocol',
  'technical assistance to requesting States',
  'the non-punishment of victims for unlawful acts committed as a direct consequence of having been trafficked',
  'public–private partnerships to address trafficking in supply chains',
  'training of law enforcement and judicial officials',
];
const TAILS = [
  'in accordance with their domestic law',
  'within existing resources',
  'as appropriate',
  'in line with the Convention',
  'at the national and regional levels',
  'with due regard to gender and age',
  'in close consultation with survivors',
];
const LEADS = ['Recalling', 'Noting with concern', 'Bearing in mind', 'Welcoming', 'Reaffirming', 'Convinced'];
const OPERATIVE = ['Urges', 'Calls upon', 'Requests', 'Encourages', 'Invites', 'Decides', 'Also requests'];

function toSuperscript(digits: string): string {
  return [...digits].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join('');
}

/** Mulberry32: small, fast and good enough to vary sentences. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function writeSentence(random: () => number): string {
  const sentence = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}, ${pick(random, TAILS)}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Breaks a paragraph into lines of at most `width` columns; now and then a long word is hyphenated at the line end. */
function wrapLines(text: string, width: number, random: () => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '' || line.length + 1 + word.length <= width) {
      line = line === '' ? word : `${line} ${word}`;
      continue;
    }
    if (word.length > 9 && /^[a-z]+$/.test(word) && random() < 0.3) {
      const cut = 4 + Math.floor(random() * (word.length - 7));
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface Page {
  lines: string[];
  notes: string[];
  number: number;
}

/** Lays lines out in pages of about 50 lines, with a page number, a job number and the page's footnotes. */
function paginate(lines: string[], notesByLine: Map<number, string[]>): string {
  const out: string[] = [];
  let page: Page = { lines: [], notes: [], number: 1 };
  const closePage = () => {
    out.push(...page.lines);
    // PDF text keeps no blank line around the furniture: the reader must drop it and join across it.
    if (page.notes.length > 0) out.push('__________________', ...page.notes);
    out.push(String(page.number), 'V.26-0' + String(1000 + (page.number % 9000)));
    page = { lines: [], notes: [], number: page.number + 1 };
  };
  lines.forEach((line, index) => {
    page.lines.push(line);
    page.notes.push(...(notesByLine.get(index) ?? []));
    if (page.lines.length >= 50) closePage();
  });
  if (page.lines.length > 0) closePage();
  return out.join('\n');
}

function writeHeader(): string[] {
  return [
    'Resolution 14/2',
    '',
    '17 October 2026',
    '',
    'Strengthening the implementation of the Trafficking in Persons Protocol',
    '',
    '  The Conference of the Parties to the United Nations Convention against',
    'Transnational Organized Crime,',
    '',
  ];
}

/**
 * Prose: preambular paragraphs, then numbered paragraphs of 100 to 10,000
 * sentences (15 KB to 1.5 MB) hard-wrapped at 78 columns, as PDF text comes
 * out of an extraction that lost the paragraph breaks: the reader joins long
 * runs of lines into one block.
 */
function generateProse(bytes: number, random: () => number): string {
  const lines = writeHeader();
  const notes = new Map<number, string[]>();
  let size = 0;
  let paragraph = 0;
  let footnote = 0;
  for (let index = 0; index < 4; index += 1) {
    lines.push(...wrapLines(`  ${pick(random, LEADS)} ${writeSentence(random).toLowerCase()},`, 78, random), '');
  }
  while (size < bytes) {
    const sentences: string[] = [];
    const count = 100 + Math.floor(random() * 9901);
    let length = 0;
    for (let index = 0; index < count && size + length < bytes; index += 1) {
      if (random() < 0.02) {
        footnote += 1;
        sentences.push(`${writeSentence(random)},${footnote} as reported.`);
      } else {
        sentences.push(`${writeSentence(random)}.`);
      }
      length += sentences[sentences.length - 1]!.length + 1;
    }
    paragraph += 1;
    const text = `${paragraph}. ${pick(random, OPERATIVE)} ${sentences.join(' ').replace(/^./, (first) => first.toLowerCase())}`;
    const wrapped = wrapLines(`  ${text}`, 78, random);
    lines.push('');
    for (const line of wrapped) {
      // The footnote goes to the foot of the page where its number stands.
      for (const [, key] of line.matchAll(/,(\d+)(?= |$)/g)) {
        notes.set(lines.length, [
          ...(notes.get(lines.length) ?? []),
          `${key} See the report of the Working Group on its ${key}th meeting (CTOC/COP/WG.4/2026/${key}).`,
        ]);
      }
      lines.push(line);
    }
    size += text.length + wrapped.length + 1;
  }
  lines.push('');
  return paginate(lines, notes);
}

/**
 * Numbered: short paragraphs, one to three lines, separated by blank lines; a
 * quarter of the first 999 have lettered subparagraphs. The parser reads at
 * most three digits as a paragraph number (no UN text reaches 1,000), so
 * later paragraphs are kept as text of paragraph 999, and a list there would
 * make the lettering go backwards.
 */
function generateNumbered(bytes: number, random: () => number, format: 'text' | 'markdown'): string {
  const lines =
    format === 'markdown'
      ? [
          '# Resolution 14/2',
          '',
          '17 October 2026',
          '',
          '*The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,*',
          '',
        ]
      : writeHeader();
  let size = 0;
  let paragraph = 0;
  for (let index = 0; index < 4; index += 1) {
    const lead = pick(random, LEADS);
    lines.push(
      format === 'markdown' ? `*${lead}* ${writeSentence(random).toLowerCase()},` : `  ${lead} ${writeSentence(random).toLowerCase()},`,
      '',
    );
  }
  while (size < bytes) {
    paragraph += 1;
    const lead = pick(random, OPERATIVE);
    const letters = paragraph < 1000 && random() < 0.25 ? 2 + Math.floor(random() * 4) : 0;
    const sentence = writeSentence(random);
    // Markdown from Word keeps footnote numbers as superscripts, the note itself right after the paragraph.
    const note = format === 'markdown' && random() < 0.05 ? String(paragraph) : undefined;
    const body = `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}${note ? toSuperscript(note) : ''}${letters > 0 ? ':' : ';'}`;
    const opening = format === 'markdown' ? `${paragraph}. *${lead}* ${body}` : `  ${paragraph}. ${lead} ${body}`;
    const block = format === 'markdown' ? [opening] : wrapLines(opening, 78, random);
    lines.push(...block, '');
    if (note) lines.push(`${toSuperscript(note)} See document CTOC/COP/2026/${note}.`, '');
    size += opening.length + 2;
    for (let letter = 0; letter < letters; letter += 1) {
      const item = `(${String.fromCharCode(97 + letter)}) ${writeSentence(random).toLowerCase()}${letter === letters - 1 ? ';' : ','}`;
      lines.push(format === 'markdown' ? item : `      ${item}`, '');
      size += item.length + 8;
    }
  }
  return lines.join('\n');
}

/** A document of about `bytes` UTF-8 bytes (a little more: the last paragraph is finished). */
export function generateImportText(
  shape: ImportShape,
  bytes: number,
  options: { format?: 'text' | 'markdown'; seed?: number } = {},
): string {
  const random = createRandom(options.seed ?? 20261126);
  return shape === 'prose' ? generateProse(bytes, random) : generateNumbered(bytes, random, options.format ?? 'text');
}
