import path from 'node:path';
import { CorpusParseError } from '@/lib/corpus/corpus-parse-error';
import {
  describeImportFormats,
  draftImportExtensions,
  htmlImportExtensions,
  listImportFormats,
  officeImportExtensions,
} from '@/lib/corpus/import-formats';
import { parseDocument } from '@/lib/corpus/parse-document';
import { readHtmlAsMarkdown } from '@/lib/corpus/read-html-as-markdown';
import { readPdfText } from '@/lib/corpus/read-pdf-text';
import { importDraftDocx } from '@/lib/docx';
import { buildVocabulary } from '@/lib/text/vocabulary';
import { convertOfficeToDocx } from '@/server/docx/convert-office-to-docx';
import type { DraftDocument } from '@/server/imports/parse-job';

/**
 * Reads a file a draft is imported from: Word through the Word importer (.doc,
 * .odt and .rtf converted to Word by LibreOffice first), text,
 * Markdown and the text of a PDF through the corpus parser. Runs in the parse worker, so it gets
 * the corpus texts instead of reading them; a file it cannot read raises
 * `CorpusParseError` or `DocxImportError` with a message for the user.
 */
export async function readDraftDocument(input: {
  name: string;
  content: Uint8Array;
  corpusTexts: string[];
  year: number;
}): Promise<DraftDocument> {
  const { name, year } = input;
  const content = Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength);
  const extension = path.extname(name).toLowerCase();
  const office = officeImportExtensions.includes(extension);
  if (extension === '.docx' || office) {
    const imported = await importDraftDocx(office ? await convertOfficeToDocx(content, name) : content);
    return {
      document: {
        id: 'import',
        title: imported.title ?? path.basename(name, extension),
        kind: 'draft resolution',
        body: '',
        year,
        sources: [name],
        ...(imported.chapeau ? { chapeau: imported.chapeau } : {}),
        paragraphs: imported.paragraphs.map((paragraph, index) => ({
          ref: String(index + 1),
          kind: paragraph.kind,
          text: paragraph.text,
          depth: paragraph.depth,
          ...(paragraph.lead ? { lead: paragraph.lead } : {}),
          ...(paragraph.notes?.length ? { notes: paragraph.notes } : {}),
        })),
      },
      notImported: { trackedChanges: imported.trackedChanges, comments: imported.comments },
      warnings: imported.warnings,
    };
  }
  if (!draftImportExtensions.includes(extension))
    throw new CorpusParseError(
      `${name}: a draft can be imported from ${describeImportFormats(draftImportExtensions)}.`,
      1,
      'draft-import-format-refused',
      { name, ...listImportFormats(draftImportExtensions) },
    );
  const pdf = extension === '.pdf';
  if (!pdf && content.includes(0))
    throw new CorpusParseError(`${name} looks like a binary file, not text.`, 1, 'import-binary-file', { name });
  const html = htmlImportExtensions.includes(extension);
  const source = pdf ? await readPdfText(content, name) : content.toString('utf8');
  const document = parseDocument(html ? readHtmlAsMarkdown(source) : source, {
    format: extension === '.txt' || pdf ? 'text' : 'markdown',
    name,
    meta: { year },
    vocabulary: buildVocabulary(input.corpusTexts),
  });
  return { document, notImported: { trackedChanges: [], comments: [] }, warnings: [] };
}
