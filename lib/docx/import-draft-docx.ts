import JSZip from 'jszip';
import { checkDeclaredSizes, OversizedDocxError, readZipEntryText } from './read-zip-entry';
import { DocxImportError } from './docx-import-error';
import { readDocxParagraphs, readPlainText, type RawParagraph, type Revision, type Segment } from './read-docx-paragraphs';
import { readNumberingFormats, readWordStyles } from './read-word-styles';
import { findElement, listElements, readXml, XmlSyntaxError, type XmlElement } from './read-xml';
import type { DocumentPart, ImportedComment, ImportedDraft, ImportedParagraph, ImportedTrackedChange, ParagraphKind } from './types';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const CHAPEAU = /^The\s[^]*[,:]$/;
const TYPED_NUMBER = /^(\d{1,3})\.\s*/;
const TYPED_LETTER = /^\(([a-z]{1,4})\)\s*/;
const ROMAN = /^[ivxlc]+$/;

function startsWithBytes(buffer: Buffer, bytes: number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((byte, index) => buffer[index] === byte);
}

/** Refuses, with a message a delegate can act on, anything that is not a readable .docx. */
async function openPackage(buffer: Buffer): Promise<JSZip> {
  if (buffer.length === 0) throw new DocxImportError('The file is empty.', { reason: 'docx-empty' });
  if (startsWithBytes(buffer, OLE_SIGNATURE)) {
    // Word wraps an encrypted .docx in an OLE container with an EncryptionInfo stream.
    if (buffer.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw new DocxImportError(
        'This Word document is password-protected (encrypted). Remove the password in Word (File > Info > Protect Document > Encrypt with Password), save, and upload it again.',
        { reason: 'docx-encrypted' },
      );
    }
    throw new DocxImportError(
      'This is an old binary Word (.doc) file or another OLE file, not a .docx. Save it as "Word Document (.docx)" and upload it again.',
      { reason: 'docx-old-word' },
    );
  }
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new DocxImportError('This is a PDF file, not a Word document.', { reason: 'docx-is-pdf' });
  }
  if (!startsWithBytes(buffer, [0x50, 0x4b])) {
    throw new DocxImportError('This file is not a Word .docx document (it is not a ZIP package).', { reason: 'docx-not-zip' });
  }
  try {
    checkDeclaredSizes(buffer);
  } catch (error) {
    if (error instanceof OversizedDocxError)
      throw new DocxImportError(`This .docx file is too large to read: ${error.message}`, {
        cause: error,
        reason: 'docx-too-large',
        params: { detail: error.message },
      });
    throw new DocxImportError('This .docx file is damaged: its ZIP package cannot be read.', { cause: error, reason: 'docx-damaged-zip' });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw new DocxImportError('This .docx file is damaged: its ZIP package cannot be read.', { cause: error, reason: 'docx-damaged-zip' });
  }
  if (!zip.file('word/document.xml')) {
    if (zip.file('content.xml'))
      throw new DocxImportError('This is an OpenDocument file (.odt), not a Word .docx. Save it as .docx and upload it again.', {
        reason: 'docx-is-odt',
      });
    if (zip.file('xl/workbook.xml'))
      throw new DocxImportError('This is an Excel workbook, not a Word document.', { reason: 'docx-is-excel' });
    throw new DocxImportError('This ZIP file is not a Word document: it has no word/document.xml.', { reason: 'docx-not-word' });
  }
  return zip;
}

async function readPart(zip: JSZip, path: string): Promise<XmlElement | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  let text: string;
  try {
    text = await readZipEntryText(file);
  } catch (error) {
    if (error instanceof OversizedDocxError)
      throw new DocxImportError(`This .docx file is too large to read: ${error.message}`, {
        cause: error,
        reason: 'docx-too-large',
        params: { detail: error.message },
      });
    throw new DocxImportError(`This .docx file is damaged: ${path} cannot be unpacked.`, {
      cause: error,
      reason: 'docx-damaged-part',
      params: { path },
    });
  }
  try {
    return readXml(text);
  } catch (error) {
    const reason = error instanceof XmlSyntaxError ? error.message : String(error);
    throw new DocxImportError(`This .docx file is damaged: ${path} is not well-formed XML (${reason}).`, {
      cause: error,
      reason: 'docx-malformed-xml',
      params: { path, detail: reason },
    });
  }
}

interface Group {
  /** The raw paragraphs that make one paragraph of the base text (more than one where a split was tracked). */
  parts: RawParagraph[];
  text: string;
  italic: boolean[];
  bold: boolean;
}

/** Base text (reject-all view) of a paragraph, and which characters are italic. */
function readBase(parts: RawParagraph[]): Omit<Group, 'parts'> {
  let text = '';
  const italic: boolean[] = [];
  let bold = true;
  for (const segment of parts.flatMap((part) => part.segments)) {
    if (segment.revision?.type === 'insertion') continue;
    const clean = segment.text.replace(/\t/g, ' ');
    text += clean;
    for (let index = 0; index < clean.length; index++) italic.push(segment.italic);
    if (clean.trim() !== '' && !segment.bold) bold = false;
  }
  return { text, italic, bold: bold && text.trim() !== '' };
}

/**
 * A deleted paragraph mark followed by a paragraph whose text is all deleted and whose own mark is kept deletes
 * that paragraph, as a deleted paragraph with its own mark does (our tracked export writes it so, for
 * LibreOffice's numbering): the deletion is moved onto that paragraph's mark, from the last paragraph back.
 */
function settleDeletedParagraphs(raws: RawParagraph[]): RawParagraph[] {
  const result = raws.map((raw) => ({ ...raw }));
  for (let index = result.length - 2; index >= 0; index--) {
    const before = result[index]!;
    const after = result[index + 1]!;
    const text = after.segments.filter((segment) => segment.text !== '');
    const allDeleted =
      text.length > 0 && text.every((segment) => segment.revision?.type === 'deletion' && segment.revision.author === before.mark?.author);
    if (before.mark?.type !== 'deletion' || after.mark || !allDeleted) continue;
    after.mark = before.mark;
    delete before.mark;
  }
  return result;
}

/**
 * Rejecting an inserted paragraph mark joins the paragraph to the next one, so
 * paragraphs ending in an inserted mark are grouped with the one that follows.
 */
function groupParagraphs(raws: RawParagraph[]): Group[] {
  const groups: Group[] = [];
  let pending: RawParagraph[] = [];
  for (const raw of raws) {
    pending.push(raw);
    if (raw.mark?.type === 'insertion') continue;
    groups.push({ parts: pending, ...readBase(pending) });
    pending = [];
  }
  if (pending.length > 0) groups.push({ parts: pending, ...readBase(pending) });
  return groups;
}

interface Structure {
  kind?: ParagraphKind;
  depth: number;
  /** Characters of typed numbering ("1.", "(a)") to drop from the text. */
  labelLength: number;
}

function readListKind(format: string | undefined, level: number): Structure | undefined {
  if (format === 'bullet' || format === 'none') return undefined;
  if (format === 'lowerLetter' || format === 'upperLetter') return { kind: 'subparagraph', depth: 1, labelLength: 0 };
  if (format === 'lowerRoman' || format === 'upperRoman') return { kind: 'subparagraph', depth: 2, labelLength: 0 };
  if (level === 0) return { kind: 'operative', depth: 0, labelLength: 0 };
  return { kind: 'subparagraph', depth: Math.min(level, 2), labelLength: 0 };
}

function letterIndex(label: string): number {
  return (label.length - 1) * 26 + (label.charCodeAt(0) - 97);
}

/**
 * "(i)" is the ninth letter after "(h)" and the first roman numeral anywhere
 * else; "(h) … :" announces a list, so an "(i)" after it is roman.
 */
class TypedLabelReader {
  private lastLetter = -1;
  private lastWasRoman = false;
  private lastEndsWithColon = false;

  reset(): void {
    this.lastLetter = -1;
    this.lastWasRoman = false;
    this.lastEndsWithColon = false;
  }

  read(text: string): Structure | undefined {
    const number = TYPED_NUMBER.exec(text);
    if (number) {
      this.reset();
      return { kind: 'operative', depth: 0, labelLength: number[0].length };
    }
    const letter = TYPED_LETTER.exec(text);
    if (!letter) return undefined;
    const label = letter[1]!;
    const sameLetters = label.split('').every((char) => char === label[0]);
    const isNextLetter = sameLetters && letterIndex(label) === this.lastLetter + 1;
    const roman = ROMAN.test(label) && !(isNextLetter && !(this.lastEndsWithColon && !this.lastWasRoman));
    if (roman) {
      this.lastWasRoman = true;
    } else {
      this.lastLetter = sameLetters ? letterIndex(label) : this.lastLetter + 1;
      this.lastWasRoman = false;
    }
    this.lastEndsWithColon = text.trimEnd().endsWith(':');
    return { kind: 'subparagraph', depth: roman ? 2 : 1, labelLength: letter[0].length };
  }
}

/** Italic opening words; spaces between italic words do not end them. */
function readLead(text: string, italic: boolean[]): string | undefined {
  let end = 0;
  for (let index = 0; index < text.length; index++) {
    if (italic[index]) end = index + 1;
    else if (!/\s/.test(text[index]!)) break;
  }
  const lead = text.slice(0, end).trimEnd();
  return lead ? lead : undefined;
}

function trimWithFlags(text: string, italic: boolean[], from: number): { text: string; italic: boolean[] } {
  let start = from;
  while (start < text.length && /\s/.test(text[start]!)) start += 1;
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { text: text.slice(start, end), italic: italic.slice(start, end) };
}

function sameRevision(a: Revision, b: Revision): boolean {
  return a.type === b.type && a.author === b.author && a.date === b.date;
}

/** Adjacent pieces of one delegation's change are one change, however Word cut them into runs. */
function collectChanges(group: Group): Omit<ImportedTrackedChange, 'paragraphIndex'>[] {
  const changes: Omit<ImportedTrackedChange, 'paragraphIndex'>[] = [];
  for (const part of group.parts) {
    let previous: Segment | undefined;
    let last: (typeof changes)[number] | undefined;
    for (const segment of part.segments) {
      const revision = segment.revision;
      if (revision && previous?.revision && last && sameRevision(previous.revision, revision)) {
        last.text += segment.text;
      } else if (revision) {
        last = { type: revision.type, author: revision.author, ...(revision.date ? { date: revision.date } : {}), text: segment.text };
        changes.push(last);
      }
      previous = segment;
    }
    if (part.mark && last && last.type === part.mark.type && last.author === part.mark.author) last.paragraphBreak = true;
  }
  return changes;
}

interface Classified {
  part?: DocumentPart;
  paragraph?: ImportedParagraph;
}

export async function importDraftDocx(buffer: Buffer): Promise<ImportedDraft> {
  const zip = await openPackage(buffer);
  const document = (await readPart(zip, 'word/document.xml'))!;
  const body = findElement(document, 'w:body');
  if (!body) throw new DocxImportError('This .docx file is damaged: word/document.xml has no document body.', { reason: 'docx-no-body' });
  const styles = readWordStyles(await readPart(zip, 'word/styles.xml'));
  const formatOf = readNumberingFormats(await readPart(zip, 'word/numbering.xml'));
  const footnotes = readNoteTexts(await readPart(zip, 'word/footnotes.xml'), 'w:footnote');
  const commentsPart = await readPart(zip, 'word/comments.xml');

  const warnings: string[] = [];
  const read = readDocxParagraphs(body, styles);
  const { notes } = read;
  const raws = settleDeletedParagraphs(read.paragraphs);
  const groups = groupParagraphs(raws).filter((group) => group.text.trim() !== '' || group.parts.some((part) => part.segments.length > 0));

  const labels = new TypedLabelReader();
  let bullets = 0;
  const structures = groups.map((group): Structure => {
    const numbering = group.parts.at(-1)!.numbering;
    if (numbering) {
      const structure = readListKind(formatOf(numbering), numbering.level);
      if (structure) {
        if (structure.kind === 'operative') labels.reset();
        return structure;
      }
      bullets += 1;
    }
    return labels.read(group.text.trimStart()) ?? { depth: 0, labelLength: 0 };
  });

  const firstNumbered = structures.findIndex((structure) => structure.kind !== undefined);
  const headEnd = firstNumbered === -1 ? groups.length : firstNumbered;
  const isVisible = (index: number) => groups[index]!.text.trim() !== '';
  let chapeauIndex = -1;
  for (let index = 0; index < headEnd; index++) {
    const text = groups[index]!.text.trim();
    const allItalic = groups[index]!.italic.every((flag, at) => flag || /\s/.test(groups[index]!.text[at]!));
    if (CHAPEAU.test(text) || (allItalic && text.endsWith(',') && /^The\s/.test(text))) {
      chapeauIndex = index;
      break;
    }
  }
  let titleIndex = -1;
  if (chapeauIndex > 0) {
    for (let index = chapeauIndex - 1; index >= 0; index--) {
      if (isVisible(index)) {
        titleIndex = index;
        break;
      }
    }
  } else if (chapeauIndex === -1) {
    warnings.push('No chapeau ("The Conference of the Parties …,") was found; unnumbered paragraphs are read as preambular.');
    const first = groups.findIndex((_, index) => isVisible(index));
    if (first !== -1 && first < headEnd && (groups[first]!.bold || groups[first]!.parts.at(-1)!.centered)) titleIndex = first;
  }
  const headings = groups
    .slice(0, Math.max(titleIndex, 0))
    .map((group) => group.text.trim())
    .filter((text) => text !== '');
  const headingLines = headings.length;
  if (headingLines > 0) warnings.push(`${headingLines} heading line(s) before the title were not imported.`);

  let unnumberedAfterOperative = 0;
  let seenOperative = false;
  const classified = groups.map((group, index): Classified => {
    if (index === chapeauIndex) return { part: 'chapeau' };
    if (index === titleIndex) return { part: 'title' };
    if (index < titleIndex) return { part: 'heading' };
    const structure = structures[index]!;
    const trimmed = trimWithFlags(group.text, group.italic, 0);
    if (trimmed.text === '') return {};
    const clean = structure.labelLength > 0 ? trimWithFlags(trimmed.text, trimmed.italic, structure.labelLength) : trimmed;
    const kind = structure.kind ?? 'preambular';
    if (kind === 'operative') seenOperative = true;
    if (kind === 'preambular' && seenOperative) unnumberedAfterOperative += 1;
    const lead = readLead(clean.text, clean.italic);
    const paragraphNotes = group.parts
      .flatMap((part) => part.footnoteIds)
      .map((id) => footnotes.get(id))
      .filter((note): note is string => Boolean(note));
    return {
      paragraph: {
        kind,
        text: clean.text,
        ...(lead ? { lead } : {}),
        depth: kind === 'subparagraph' ? Math.max(1, structure.depth) : 0,
        ...(paragraphNotes.length > 0 ? { notes: paragraphNotes } : {}),
      },
    };
  });

  const paragraphs: ImportedParagraph[] = [];
  const trackedChanges: ImportedTrackedChange[] = [];
  const commentPlaces = new Map<string, { paragraphIndex?: number; part?: DocumentPart }>();
  let waiting: Omit<ImportedTrackedChange, 'paragraphIndex'>[] = [];
  let waitingComments: string[] = [];
  groups.forEach((group, index) => {
    const { part, paragraph } = classified[index]!;
    const changes = collectChanges(group);
    const commentIds = group.parts.flatMap((raw) => raw.commentIds);
    if (part) {
      trackedChanges.push(...changes.map((change) => ({ ...change, paragraphIndex: -1, part })));
      for (const id of commentIds) commentPlaces.set(id, { part });
      return;
    }
    if (!paragraph) {
      // A paragraph that is empty in the base text: its changes belong before the next one.
      waiting.push(...changes);
      waitingComments.push(...commentIds);
      return;
    }
    const paragraphIndex = paragraphs.length;
    paragraphs.push(paragraph);
    trackedChanges.push(...[...waiting, ...changes].map((change) => ({ ...change, paragraphIndex })));
    for (const id of [...waitingComments, ...commentIds]) commentPlaces.set(id, { paragraphIndex });
    waiting = [];
    waitingComments = [];
  });
  trackedChanges.push(...waiting.map((change) => ({ ...change, paragraphIndex: paragraphs.length })));

  const comments = readComments(commentsPart, commentPlaces);
  const title = titleIndex === -1 ? undefined : groups[titleIndex]!.text.trim();
  const chapeau = chapeauIndex === -1 ? undefined : groups[chapeauIndex]!.text.trim();

  if (paragraphs.length === 0) warnings.push('No resolution paragraphs were found in the document.');
  if (unnumberedAfterOperative > 0) {
    warnings.push(`${unnumberedAfterOperative} unnumbered paragraph(s) after the operative part were read as preambular.`);
  }
  if (bullets > 0) warnings.push(`${bullets} bulleted paragraph(s) were read as unnumbered text.`);
  if (notes.tables > 0) warnings.push(`Text in ${notes.tables} table(s) was read as ordinary paragraphs.`);
  if (notes.moves > 0) warnings.push(`${notes.moves} tracked move(s) are reported as a deletion and an insertion.`);
  if (notes.formatChanges > 0) warnings.push(`${notes.formatChanges} tracked formatting change(s) were ignored.`);
  if (notes.textBoxes > 0) warnings.push(`${notes.textBoxes} text box(es) or drawing(s) were skipped.`);

  return {
    ...(headings.length > 0 ? { headings } : {}),
    ...(title ? { title } : {}),
    ...(chapeau ? { chapeau } : {}),
    paragraphs,
    trackedChanges,
    comments,
    warnings,
  };
}

function readNoteTexts(part: XmlElement | undefined, name: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const note of part ? listElements(part, name) : []) {
    const type = note.attributes['w:type'];
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const id = note.attributes['w:id'];
    if (id !== undefined) texts.set(id, readPlainText(note));
  }
  return texts;
}

function readComments(
  part: XmlElement | undefined,
  places: Map<string, { paragraphIndex?: number; part?: DocumentPart }>,
): ImportedComment[] {
  return (part ? listElements(part, 'w:comment') : []).map((comment) => {
    const id = comment.attributes['w:id'] ?? '';
    const date = comment.attributes['w:date'];
    const place = places.get(id) ?? {};
    return {
      author: comment.attributes['w:author']?.trim() || 'Unknown',
      text: readPlainText(comment),
      ...(date ? { date } : {}),
      ...(place.paragraphIndex !== undefined ? { paragraphIndex: place.paragraphIndex } : {}),
      ...(place.part ? { part: place.part } : {}),
    };
  });
}
