import { DocxImportError } from '../docx/docx-import-error';
import { importDraftDocx } from '../docx/import-draft-docx';
import type { ImportedDraft } from '../docx/types';
import { buildVocabulary, type Vocabulary } from '../text/vocabulary';
import { CorpusParseError } from './corpus-parse-error';
import { parseDocumentBlocks } from './parse-document';
import { numberToLetter, numberToRoman } from './refs';
import { encodeNoteMarker, removeNoteSentinels, type SourceBlock } from './source-block';
import type { CorpusDocument } from './types';

export interface ReadDocxOptions {
  /** Upload name: recorded in `sources`, and the id when the text gives no number. */
  name: string;
  meta?: Partial<CorpusDocument>;
  vocabulary?: Vocabulary;
}

/**
 * The Word reader's paragraphs as the blocks the corpus parser reads: the
 * numbering Word kept in its lists written out ("1.", "(a)", "(i)") so that
 * references follow the one convention, the italic lead as emphasis, and each
 * footnote as a marker at the end of its paragraph with its text in a
 * footnote block of its own key.
 */
function toSourceBlocks(imported: ImportedDraft): { blocks: SourceBlock[]; leads: string[] } {
  const blocks: SourceBlock[] = [];
  const leads: string[] = [];
  const push = (text: string, kind: SourceBlock['kind'] = 'body', footnoteKey?: string) =>
    blocks.push({ text, line: blocks.length + 1, kind, ...(footnoteKey ? { footnoteKey } : {}) });
  // Sentinels in Word text would pair with the markers written here.
  for (const heading of imported.headings ?? []) push(removeNoteSentinels(heading));
  if (imported.title) push(removeNoteSentinels(imported.title));
  if (imported.chapeau) push(removeNoteSentinels(imported.chapeau));
  let operative = 0;
  let letter = 0;
  let roman = 0;
  let notes = 0;
  for (const paragraph of imported.paragraphs) {
    let label = '';
    if (paragraph.kind === 'operative') {
      operative += 1;
      letter = 0;
      roman = 0;
      label = `${operative}. `;
    } else if (paragraph.kind === 'subparagraph' && paragraph.depth >= 2) {
      roman += 1;
      label = `(${numberToRoman(roman)}) `;
    } else if (paragraph.kind === 'subparagraph') {
      letter += 1;
      roman = 0;
      label = `(${numberToLetter(letter)}) `;
    }
    const { lead } = paragraph;
    const plain = removeNoteSentinels(paragraph.text);
    const text = lead && plain.startsWith(lead) ? `*${lead}*${plain.slice(lead.length)}` : plain;
    if (lead) leads.push(lead);
    const keys = (paragraph.notes ?? []).map(() => String((notes += 1)));
    push(`${label}${text}${keys.map(encodeNoteMarker).join('')}`);
    const line = blocks.length;
    keys.forEach((key, index) => {
      blocks.push({ text: removeNoteSentinels(paragraph.notes![index]!), line, kind: 'footnote', footnoteKey: key });
    });
  }
  return { blocks, leads };
}

/**
 * A Word file as a corpus document, read by the same reader as a draft
 * imported from Word (`importDraftDocx`): kinds from Word's numbering or the
 * typed labels, leads from italics, footnotes from the footnotes part. The
 * catalogue facts (symbol, body, session, date) come from the heading lines.
 */
export async function readDocxDocument(buffer: Buffer, options: ReadDocxOptions): Promise<CorpusDocument> {
  let imported: ImportedDraft;
  try {
    imported = await importDraftDocx(buffer);
  } catch (error) {
    if (error instanceof DocxImportError) throw new CorpusParseError(`Line 1: ${error.message}`, 1, error.reason, error.params);
    throw error;
  }
  if (imported.paragraphs.length === 0)
    throw new CorpusParseError('Line 1: the Word file contains no resolution paragraphs', 1, 'word-no-paragraphs');
  const { blocks, leads } = toSourceBlocks(imported);
  const fullText = blocks.map((block) => block.text).join('\n');
  const { document } = parseDocumentBlocks(blocks, {
    name: options.name,
    meta: options.meta,
    vocabulary: buildVocabulary([fullText], options.vocabulary),
    knownLeads: leads,
    fullText,
  });
  if (!document.title && imported.title) document.title = imported.title;
  return document;
}
