import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { parseDocument } from '@/lib/corpus/parse-document';
import { DocxImportError } from '@/lib/docx/docx-import-error';
import { importDraftDocx } from '@/lib/docx/import-draft-docx';
import { en, es, fr } from '@/test-support/messages';
import { readCorpusImportForm } from '@/server/corpus/read-corpus-import-form';
import { readImportText } from '@/server/corpus/read-import-text';
import { readDraftDocument } from '@/server/drafts/read-draft-document';
import { readDraftImportForm } from '@/server/drafts/read-draft-import-form';
import { AppError } from '@/server/errors/app-error';
import { readBoundedBody } from '@/server/uploads/read-bounded-body';
import { readUploadForm } from '@/server/uploads/read-upload-form';
import { createChunkedBody } from '@/test-support/chunked-body';
import { readCorrectedImport } from './read-corrected-import';

type Named = { message: string; reason?: string; params?: Record<string, string> };

/** The refusal as the browser words it: refusals.reasons.<reason> with the values the server sent. */
function sayIn(messages: typeof en, locale: 'en' | 'fr' | 'es', refusal: Named): string {
  const t = createTranslator({ locale, messages, namespace: 'refusals' });
  return t(`reasons.${refusal.reason}` as Parameters<typeof t>[0], refusal.params as never);
}

async function caught(work: () => unknown): Promise<Named> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError || error instanceof CorpusParseError || error instanceof DocxImportError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function multipart(fields: string): Request {
  return new Request('http://localhost/api/drafts/import/preview', {
    method: 'POST',
    headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
    body: `${fields}--XYZ--\r\n`,
  });
}

const field = (name: string, value: string) => `--XYZ\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

const fileField = '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nx\r\n';

async function collectRefusals(): Promise<Named[]> {
  const json = (body: string) => new Request('http://localhost/api/drafts/import/save', { method: 'POST', body });
  return Promise.all([
    caught(() =>
      readUploadForm(new Request('http://localhost/', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }), 1024),
    ),
    caught(() => readUploadForm(multipart('--ABC\r\n'), 1024)),
    caught(() =>
      readUploadForm(
        new Request('http://localhost/', {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=XYZ', 'content-length': String(50 * 1024 * 1024) },
          body: 'x',
        }),
        2 * 1024 * 1024,
      ),
    ),
    caught(() => readBoundedBody(createChunkedBody(40).stream, 1024 * 1024)),
    caught(() => readCorrectedImport(json('{not json'))),
    caught(() => readCorrectedImport(json('{"fileName": 3}'))),
    caught(() => readDraftImportForm(multipart(field('title', 'A title')))),
    caught(() => readCorpusImportForm(multipart(`${fileField}${field('year', '1800')}`))),
    caught(() => parseDocument('  \n', { format: 'text', name: 'a.txt' })),
    caught(() => parseDocument('Seas\n\nA heading only\n', { format: 'text', name: 'a.txt', meta: { year: 2024 } })),
    caught(() => parseDocument('The Conference,\n\n2. Decides to act;\n\n1. Requests a report.\n', { format: 'text', name: 'a.txt' })),
    caught(() =>
      parseDocument('The Conference,\n\n1. Decides:\n\n(b) to act;\n\n(a) to report.\n', {
        format: 'text',
        name: 'a.txt',
        meta: { year: 2024 },
      }),
    ),
    caught(() => parseDocument('The Conference,\n\n1. Decides to act;\n', { format: 'text', name: 'a.txt' })),
    caught(() => readImportText({ name: 'a.txt', content: new Uint8Array(0) })),
    caught(() => readImportText({ name: 'a.odp', content: Buffer.from('PK') })),
    caught(() => readImportText({ name: 'a.txt', content: Buffer.from('The Conference,\n\u0000') })),
    caught(() => readDraftDocument({ name: 'a.odp', content: Buffer.from('PK'), corpusTexts: [], year: 2026 })),
    caught(() => readDraftDocument({ name: 'a.txt', content: Buffer.from('x\u0000'), corpusTexts: [], year: 2026 })),
    caught(() => importDraftDocx(Buffer.alloc(0))),
    caught(() => importDraftDocx(Buffer.from('%PDF-1.4'))),
    caught(() => importDraftDocx(Buffer.from('not a zip'))),
  ]);
}

describe('the import refusals', () => {
  it('each name a reason whose English sentence is the server’s own, and which French and Spanish word', async () => {
    const refusals = await collectRefusals();
    for (const refusal of refusals) {
      expect(refusal.reason, refusal.message).toBeDefined();
      expect(sayIn(en, 'en', refusal)).toBe(refusal.message);
      expect(sayIn(fr, 'fr', refusal)).not.toBe(refusal.message);
      expect(sayIn(es, 'es', refusal)).not.toBe(refusal.message);
    }
    expect(new Set(refusals.map((refusal) => refusal.reason)).size).toBe(refusals.length);
  });

  it('say in French what is wrong with the file, naming its line and the formats accepted', async () => {
    const [backwards] = await Promise.all([
      caught(() => parseDocument('The Conference,\n\n2. Decides to act;\n\n1. Requests a report.\n', { format: 'text', name: 'a.txt' })),
    ]);
    expect(sayIn(fr, 'fr', backwards)).toBe('Ligne 5 : le paragraphe 1 vient après le paragraphe 2 ; la numérotation recule.');
    const missing = await caught(() => readDraftImportForm(multipart(field('title', 'A title'))));
    expect(sayIn(fr, 'fr', missing)).toBe('Choisissez un fichier à importer (.docx, .doc, .odt, .rtf, .pdf, .txt, .md, .html ou .htm).');
    expect(sayIn(es, 'es', await caught(() => importDraftDocx(Buffer.from('%PDF-1.4'))))).toBe(
      'Se trata de un archivo PDF, no de un documento de Word.',
    );
  });
});
