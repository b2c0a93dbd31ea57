import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { parseDocument } from '@/lib/corpus/parse-document';
import { DocxImportError } from '@/lib/docx/docx-import-error';
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
    expect(error).toMatchObject({ line: 5, message: expect.stringMatching(/numbering goes backwards/) });
    await expect(
      parseInWorker({ kind: 'draft', name: 'old.docx', content: Buffer.from('not a zip'), corpusTexts: [], year: 2026 }),
    ).rejects.toBeInstanceOf(DocxImportError);
    await expect(parseInWorker({ kind: 'corpus', name: 'scan.pdf', content: Buffer.from('%PDF'), corpusTexts: [] })).rejects.toThrow(
      /only \.txt, \.md, \.docx.* files can be imported/,
    );
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
