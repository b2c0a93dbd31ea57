import path from 'node:path';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import {
  corpusImportExtensions,
  describeImportFormats,
  htmlImportExtensions,
  listImportFormats,
  officeImportExtensions,
} from '@/lib/corpus/import-formats';
import { readDocxDocument } from '@/lib/corpus/read-docx';
import { readHtmlAsMarkdown } from '@/lib/corpus/read-html-as-markdown';
import { readPdfText } from '@/lib/corpus/read-pdf-text';
import type { CorpusDocument } from '@/lib/corpus/types';
import { buildVocabulary } from '@/lib/text/vocabulary';
import { DocxImportError } from '@/lib/docx/docx-import-error';
import { convertOfficeToDocx } from '@/server/docx/convert-office-to-docx';
import { maxImportBytes } from './max-import-bytes';

export type ImportText = { text: string; format: 'text' | 'markdown' } | { document: CorpusDocument };

/**
 * The text of an uploaded .txt or .md file (or of a PDF) and how to read it, or the document
 * a Word file holds (read by the Word reader, which sees its structure); a
 * message for anything else.
 */
export async function readImportText(file: {
  name: string;
  content: Uint8Array;
  meta?: Partial<CorpusDocument>;
  corpusTexts?: string[];
}): Promise<ImportText> {
  const content = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
  const extension = path.extname(file.name).toLowerCase();
  if (content.length === 0) throw new CorpusParseError(`${file.name} is empty.`, 1, 'import-file-empty', { name: file.name });
  if (content.length > maxImportBytes) {
    throw new CorpusParseError(
      `${file.name} is larger than ${maxImportBytes / 1024 / 1024} MB; split it or trim it first.`,
      1,
      'import-file-over-limit',
      { name: file.name, megabytes: String(maxImportBytes / 1024 / 1024) },
    );
  }
  if (extension === '.docx') {
    const vocabulary = buildVocabulary(file.corpusTexts ?? []);
    return { document: await readDocxDocument(content, { name: file.name, meta: file.meta, vocabulary }) };
  }
  if (officeImportExtensions.includes(extension)) {
    const docx = await convertOfficeToDocx(content, file.name).catch((error: unknown) => {
      throw error instanceof DocxImportError ? new CorpusParseError(error.message, 1, error.reason, error.params) : error;
    });
    const vocabulary = buildVocabulary(file.corpusTexts ?? []);
    return { document: await readDocxDocument(docx, { name: file.name, meta: file.meta, vocabulary }) };
  }
  // A PDF's text, laid out as pdftotext gives it, goes to the same reader as text pasted from a PDF.
  if (extension === '.pdf') return { text: await readPdfText(content, file.name), format: 'text' };
  if (!['.text', '', ...corpusImportExtensions].includes(extension)) {
    throw new CorpusParseError(
      `${file.name}: only ${describeImportFormats(corpusImportExtensions)} files can be imported.`,
      1,
      'import-format-refused',
      { name: file.name, ...listImportFormats(corpusImportExtensions) },
    );
  }
  const nul = content.indexOf(0);
  if (nul >= 0) {
    const line = content.subarray(0, nul).toString('utf8').split('\n').length;
    throw new CorpusParseError(`${file.name} looks like a binary file, not text (a NUL byte on line ${line}).`, line, 'import-nul-byte', {
      name: file.name,
      line: String(line),
    });
  }
  if (htmlImportExtensions.includes(extension)) return { text: readHtmlAsMarkdown(content.toString('utf8')), format: 'markdown' };
  return { text: content.toString('utf8'), format: extension === '.md' || extension === '.markdown' ? 'markdown' : 'text' };
}
