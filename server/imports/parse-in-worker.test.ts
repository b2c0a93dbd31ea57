import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { parseDocument } from '@/lib/corpus/parse-document';
import { DocxImportError } from '@/lib/docx/docx-import-error';
import { exportResolutionPdf } from '@/lib/pdf/export-resolution-pdf';
import { buildVocabulary } from '@/lib/text/vocabulary';
import { AppError } from '@/server/errors/app-error';
import { SOFFICE } from '@/test-support/read-back-document';
import { parseInWorker } from './parse-in-worker';

const TEXT = [
  'Resolution 12/9',
  '',
  'Protecting victims of trafficking at sea',
  '',
  '  The Conference of the Parties to the United Nations Convention against',
  'Transnational Organized Crime,',
  '',
  '  Concerned by the vulnera bility of migrants at sea,',
  '',
  '  1. Urges States parties to protect victims of trafficking in persons at sea;',
  '',
  '  2. Requests the Secretariat to report to the Conference at its thirteenth session.',
].join('\n');

describe('parseInWorker', () => {
  it('parses a corpus import in a worker thread exactly as in the request thread', async () => {
    const corpusTexts = ['the vulnerability of migrants'];
    const outcome = await parseInWorker({
      kind: 'corpus',
      name: 'res-12-9.txt',
      content: Buffer.from(TEXT),
      meta: { year: 2024 },
      corpusTexts,
    });
    const expected = parseDocument(TEXT, {
      format: 'text',
      name: 'res-12-9.txt',
      meta: { year: 2024 },
      vocabulary: buildVocabulary(corpusTexts),
    });
    expect(outcome).toEqual({ kind: 'corpus', document: expected });
  });

  it('reads a draft from text with the year it is given', async () => {
    const outcome = await parseInWorker({ kind: 'draft', name: 'draft.txt', content: Buffer.from(TEXT), corpusTexts: [], year: 2031 });
    expect(outcome.kind).toBe('draft');
    expect(outcome.kind === 'draft' && [outcome.document.year, outcome.document.paragraphs.map((paragraph) => paragraph.ref)]).toEqual([
      2031,
      ['PP1', '1', '2'],
    ]);
  });

  it('brings the parser’s messages back as the same errors', async () => {
    const backwards = 'The Conference,\n\n2. Decides to act;\n\n1. Requests a report.\n';
    const error = await parseInWorker({
      kind: 'corpus',
      name: 'bad.txt',
      content: Buffer.from(backwards),
      meta: { year: 2020 },
      corpusTexts: [],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CorpusParseError);
    expect(error).toMatchObject({
      line: 5,
      message: expect.stringMatching(/numbering goes backwards/),
      // Named for the browser's catalogue across the thread, with the values its sentence names.
      reason: 'import-numbering-backwards',
      params: { line: '5', number: '1', previous: '2' },
    });
    const docx = await parseInWorker({
      kind: 'draft',
      name: 'old.docx',
      content: Buffer.from('not a zip'),
      corpusTexts: [],
      year: 2026,
    }).catch((caught: unknown) => caught);
    expect(docx).toBeInstanceOf(DocxImportError);
    expect(docx).toMatchObject({ reason: 'docx-not-zip' });
    await expect(parseInWorker({ kind: 'corpus', name: 'scan.odp', content: Buffer.from('PK'), corpusTexts: [] })).rejects.toThrow(
      /only \.txt, \.md, \.docx, \.doc, \.odt, \.rtf, \.pdf, \.html or \.htm files can be imported/,
    );
    await expect(parseInWorker({ kind: 'corpus', name: 'cut.pdf', content: Buffer.from('%PDF-1.4'), corpusTexts: [] })).rejects.toThrow(
      CorpusParseError,
    );
  });

  it('reads a PDF, as a corpus document and as a draft, with pdf.js loaded in the worker', async () => {
    const pdf = await exportResolutionPdf({
      title: 'Protecting victims of trafficking at sea',
      body: 'Conference of the Parties',
      chapeau: 'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
      paragraphs: [
        { kind: 'preambular', number: '', depth: 0, text: 'Concerned by the vulnerability of migrants at sea,', lead: 'Concerned' },
        {
          kind: 'operative',
          number: '1',
          depth: 0,
          text: 'Urges States parties to protect victims of trafficking in persons at sea;',
          lead: 'Urges',
        },
        {
          kind: 'operative',
          number: '2',
          depth: 0,
          text: 'Requests the Secretariat to report to the Conference at its thirteenth session.',
        },
      ],
    });
    const expected = [
      ['PP1', 'preambular', 'Concerned by the vulnerability of migrants at sea,'],
      ['1', 'operative', 'Urges States parties to protect victims of trafficking in persons at sea;'],
      ['2', 'operative', 'Requests the Secretariat to report to the Conference at its thirteenth session.'],
    ];
    const corpus = await parseInWorker({ kind: 'corpus', name: 'res-12-9.pdf', content: pdf, meta: { year: 2024 }, corpusTexts: [] });
    const draft = await parseInWorker({ kind: 'draft', name: 'draft.pdf', content: pdf, corpusTexts: [], year: 2031 });
    for (const outcome of [corpus, draft]) {
      expect(outcome.document.title).toBe('Protecting victims of trafficking at sea');
      expect(outcome.document.paragraphs.map((paragraph) => [paragraph.ref, paragraph.kind, paragraph.text])).toEqual(expected);
    }
  });

  it.skipIf(!existsSync(SOFFICE))(
    'reads an .rtf draft in the worker, LibreOffice converting it to Word first',
    async () => {
      const rtf =
        '{\\rtf1\\ansi {\\b Protecting witnesses}\\par The Conference of the Parties,\\par {\\i Recalling} its resolution 7/1,\\par 1. {\\i Urges} States to act.\\par}';
      const outcome = await parseInWorker({ kind: 'draft', name: 'draft.rtf', content: Buffer.from(rtf), corpusTexts: [], year: 2031 });
      expect(outcome.kind === 'draft' && outcome.document.paragraphs.map(({ kind, text, lead }) => [kind, text, lead])).toEqual([
        ['preambular', 'Recalling its resolution 7/1,', 'Recalling'],
        ['operative', 'Urges States to act.', 'Urges'],
      ]);
    },
    120_000,
  );

  it('leaves the request thread free while it parses', async () => {
    let settled = false;
    const parsing = parseInWorker({
      kind: 'corpus',
      name: 'res.txt',
      content: Buffer.from(TEXT),
      meta: { year: 2024 },
      corpusTexts: [],
    }).finally(() => {
      settled = true;
    });
    // A parse on this thread would have finished before any other task could run.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    await parsing;
  });

  it('stops a parse that runs past its budget and says so', async () => {
    const error = await parseInWorker(
      { kind: 'corpus', name: 'huge.txt', content: Buffer.from(TEXT), corpusTexts: [] },
      { budgetMs: 1 },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/^Reading huge\.txt took longer than .* nothing was saved/),
    });
  });
});
