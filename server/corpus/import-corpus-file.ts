import path from 'node:path';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import { parseDocument } from '@/lib/corpus/parse-document';
import { readDocxAsMarkdown } from '@/lib/corpus/read-docx';
import type { CorpusDocument } from '@/lib/corpus/types';
import { buildVocabulary } from '@/lib/text/vocabulary';
import type { Db } from '@/server/db/client';
import { findCorpusDocument } from './find-corpus-document';
import { saveCorpusDocument } from './save-corpus-document';

export interface ImportFile {
  name: string;
  content: Buffer;
  meta?: Partial<Pick<CorpusDocument, 'title' | 'kind' | 'year' | 'body' | 'sponsors' | 'number' | 'date'>>;
}

export const maxImportBytes = 20 * 1024 * 1024;

async function readImportText(file: ImportFile): Promise<{ text: string; format: 'text' | 'markdown' }> {
  const extension = path.extname(file.name).toLowerCase();
  if (file.content.length === 0) throw new CorpusParseError(`${file.name} is empty.`, 1);
  if (file.content.length > maxImportBytes) {
    throw new CorpusParseError(`${file.name} is larger than ${maxImportBytes / 1024 / 1024} MB; split it or trim it first.`, 1);
  }
  if (extension === '.docx') return { text: await readDocxAsMarkdown(file.content), format: 'markdown' };
  if (!['.txt', '.md', '.markdown', '.text', ''].includes(extension)) {
    throw new CorpusParseError(`${file.name}: only .txt, .md and .docx files can be imported.`, 1);
  }
  const nul = file.content.indexOf(0);
  if (nul >= 0) {
    const line = file.content.subarray(0, nul).toString('utf8').split('\n').length;
    throw new CorpusParseError(`${file.name} looks like a binary file, not text (a NUL byte on line ${line}).`, line);
  }
  return { text: file.content.toString('utf8'), format: extension === '.md' || extension === '.markdown' ? 'markdown' : 'text' };
}

/**
 * Parses before touching the database, so a file that cannot be read leaves the
 * corpus as it was. Re-importing the same file changes nothing.
 */
export async function importCorpusFile(db: Db, file: ImportFile): Promise<{ document: CorpusDocument; changed: boolean }> {
  const { text, format } = await readImportText(file);
  // The corpus's own words let the parser rejoin words a PDF split in two.
  const corpusTexts = await db.corpusParagraph.findMany({ select: { text: true } });
  const vocabulary = buildVocabulary(corpusTexts.map((paragraph) => paragraph.text));
  const parsed = parseDocument(text, { format, name: file.name, meta: file.meta, vocabulary });
  let document = parsed;
  const clash = await db.corpusDocument.findUnique({ where: { id: parsed.id }, select: { sources: true, builtIn: true } });
  if (clash && (clash.builtIn || !(JSON.parse(clash.sources) as string[]).includes(file.name))) {
    let suffix = 2;
    while (await db.corpusDocument.findUnique({ where: { id: `${parsed.id}-${suffix}` }, select: { id: true } })) suffix += 1;
    document = { ...parsed, id: `${parsed.id}-${suffix}` };
  }
  const { changed } = await saveCorpusDocument(db, document, { builtIn: false });
  const saved = await findCorpusDocument(db, document.id);
  return { document: saved ?? document, changed };
}
