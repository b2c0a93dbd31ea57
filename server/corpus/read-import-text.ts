import path from 'node:path';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { corpusImportExtensions, describeImportFormats, htmlImportExtensions } from '@/lib/corpus/import-formats';
import { readDocxAsMarkdown } from '@/lib/corpus/read-docx';
import { readHtmlAsMarkdown } from '@/lib/corpus/read-html-as-markdown';
import { maxImportBytes } from './max-import-bytes';

/** The text of an uploaded .txt, .md, .docx or .html file and how to read it; a message for anything else. */
export async function readImportText(file: { name: string; content: Uint8Array }): Promise<{ text: string; format: 'text' | 'markdown' }> {
  const content = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
  const extension = path.extname(file.name).toLowerCase();
  if (content.length === 0) throw new CorpusParseError(`${file.name} is empty.`, 1);
  if (content.length > maxImportBytes) {
    throw new CorpusParseError(`${file.name} is larger than ${maxImportBytes / 1024 / 1024} MB; split it or trim it first.`, 1);
  }
  if (extension === '.docx') return { text: await readDocxAsMarkdown(content), format: 'markdown' };
  if (!['.text', '', ...corpusImportExtensions].includes(extension)) {
    throw new CorpusParseError(`${file.name}: only ${describeImportFormats(corpusImportExtensions)} files can be imported.`, 1);
  }
  const nul = content.indexOf(0);
  if (nul >= 0) {
    const line = content.subarray(0, nul).toString('utf8').split('\n').length;
    throw new CorpusParseError(`${file.name} looks like a binary file, not text (a NUL byte on line ${line}).`, line);
  }
  if (htmlImportExtensions.includes(extension)) return { text: readHtmlAsMarkdown(content.toString('utf8')), format: 'markdown' };
  return { text: content.toString('utf8'), format: extension === '.md' || extension === '.markdown' ? 'markdown' : 'text' };
}
