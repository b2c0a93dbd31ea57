import { buildVocabulary, type Vocabulary } from '../text/vocabulary';
import { repairSplitWords } from '../text/repair-split-words';
import { normalizeSpacing, removeNoteMarkers, stripEmphasis } from './clean-inline';
import { CorpusParseError } from './corpus-parse-error';
import { deriveDocumentId } from './derive-document-id';
import { collectItalicLeads, detectLead, indexLeads } from './detect-lead';
import { opensPreambularParagraph, parseBody, type RawParagraph } from './parse-body';
import { readLatestDateYear, readLatestYear, readYearFromName } from './read-dates';
import {
  findDocumentSymbol,
  readBodyFromChapeau,
  readBodyFromSymbol,
  readDocumentHeader,
  readNumberFromSymbol,
} from './read-document-header';
import { readMarkdownBlocks } from './read-markdown-blocks';
import { readTextBlocks } from './read-text-blocks';
import { encodeNoteMarker, NOTE_MARKER_PATTERN, type SourceBlock } from './source-block';
import type { CorpusDocument, CorpusParagraph, DocumentKind } from './types';
import { countWork, type WorkCounter } from './work-counter';

export { CorpusParseError } from './corpus-parse-error';

export interface ParseDocumentOptions {
  format: 'text' | 'markdown';
  /** File or upload name: recorded in `sources`, and the id when the text gives no number. */
  name: string;
  /** Catalogue facts known from elsewhere; they win over what is read from the text. */
  meta?: Partial<CorpusDocument>;
  /** Word frequencies of other texts, to repair split words the document alone cannot attest. */
  vocabulary?: Vocabulary;
  /** Italic leads seen in other texts ("Calls upon"), reused for texts that lost their italics. */
  knownLeads?: Iterable<string>;
  /** Counts the characters read while joining lines and paragraphs and placing notes (for tests of linear growth). */
  workCounter?: WorkCounter;
}

export interface ParsedDocument {
  document: CorpusDocument;
  warnings: string[];
}

const CHAPEAU = /^[Tt]he\s+[A-Z][^]*[,:]$/;
const MAX_HEADER_BLOCKS = 15;

function checkReadable(text: string): void {
  if (text.trim() === '') throw new CorpusParseError('Line 1: the document is empty', 1, 'import-empty', { line: '1' });
  const garbage = /[\u0000-\u0008\u000e-\u001f\ufffd]/;
  // Counted by matching, not by spreading the text into an array of one string per character.
  let bad = 0;
  for (const _ of text.matchAll(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)) bad += 1;
  if (bad > 0 && (text.includes('\u0000') || bad / text.length > 0.01)) {
    const line = text.split(/\r\n?|\n/).findIndex((candidate) => garbage.test(candidate)) + 1;
    throw new CorpusParseError(
      `Line ${Math.max(line, 1)}: the document contains binary data, not text (is it a PDF or Word file?)`,
      Math.max(line, 1),
      'import-binary',
      { line: String(Math.max(line, 1)) },
    );
  }
}

/** Imports a text the parser has never seen: a user's own resolution or draft. */
export function parseDocument(text: string, options: ParseDocumentOptions): CorpusDocument {
  return parseDocumentWithWarnings(text, options).document;
}

/** `vocabularyHasText`: the given vocabulary was built with this text already (the built-in corpus). */
export function parseDocumentWithWarnings(text: string, options: ParseDocumentOptions, vocabularyHasText = false): ParsedDocument {
  checkReadable(text);
  const vocabulary = vocabularyHasText && options.vocabulary ? options.vocabulary : buildVocabulary([text], options.vocabulary);
  const counter = options.workCounter;
  const blocks = options.format === 'markdown' ? readMarkdownBlocks(text, vocabulary, counter) : readTextBlocks(text, vocabulary, counter);
  const knownLeads = new Set([...(options.knownLeads ?? []), ...collectItalicLeads(text)]);
  return parseDocumentBlocks(blocks, { ...options, vocabulary, knownLeads, fullText: text });
}

export interface BlockParseContext {
  name: string;
  meta?: Partial<CorpusDocument>;
  vocabulary: Vocabulary;
  knownLeads: Iterable<string>;
  /** Whole text, only to find a year when nothing else gives one. */
  fullText?: string;
  /** Where the document's blocks begin, for messages when there are none. */
  firstLine?: number;
  /** A compilation may list a meeting that adopted nothing; keep it with its note. */
  allowEmpty?: boolean;
  workCounter?: WorkCounter;
}

/**
 * A "*" glued to a word is a footnote marker unless it closes an emphasis
 * ("*Urges*"); only texts with a "*" footnote are scanned.
 */
function markStarNotes(text: string): string {
  let open = false;
  return text.replace(/\*{1,3}/g, (stars, offset: number) => {
    const before = text.charAt(offset - 1);
    const after = text.charAt(offset + stars.length);
    if (stars.length === 1 && !open && /\S/.test(after) && (offset === 0 || /[\s(“"]/.test(before))) {
      open = true;
      return stars;
    }
    if (stars.length === 1 && open && /\S/.test(before)) {
      open = false;
      return stars;
    }
    return /[\w.,;:)”’]/.test(before) ? encodeNoteMarker(stars) : stars;
  });
}

function cleanText(text: string, vocabulary: Vocabulary): string {
  return normalizeSpacing(repairSplitWords(normalizeSpacing(stripEmphasis(removeNoteMarkers(text))), vocabulary));
}

function findChapeau(body: SourceBlock[]): number {
  const limit = Math.min(body.length - 1, MAX_HEADER_BLOCKS);
  for (let index = 0; index < limit; index += 1) {
    const plain = stripEmphasis(removeNoteMarkers(body[index].text)).trim();
    if (plain.length < 1500 && CHAPEAU.test(plain)) return index;
  }
  return -1;
}

/**
 * Where the paragraphs begin in a document without a chapeau: at its first
 * preambular paragraph when one comes before the numbered ones, else at the
 * first number. The lines above are its header (symbol, title, session).
 */
function findBodyStart(body: SourceBlock[]): number {
  const numbered = body.findIndex((block) => /^(?:\d{1,3}\.|\([a-z]{1,6}\))\s/.test(block.text));
  if (numbered < 0) return 0;
  const preamble = body.slice(0, numbered).findIndex((block) => opensPreambularParagraph(block.text));
  return preamble < 0 ? numbered : preamble;
}

function inferKind(paragraphs: RawParagraph[], hasPreamble: boolean, title: string | undefined): DocumentKind {
  if (title && /\bdraft\b/i.test(title)) return /\brevised\b/i.test(title) ? 'revised draft resolution' : 'draft resolution';
  if (!hasPreamble) return 'other';
  return paragraphs.length > 0 && paragraphs[0].ref.startsWith('(') ? 'decision' : 'resolution';
}

interface NoteDefinition {
  key: string;
  text: string;
  line: number;
  used: boolean;
}

/**
 * The definitions of each footnote key in order of their lines (readers list
 * footnotes in reading order), with, for each, the next one not yet used:
 * finding a note costs a lookup by line and a few skips, not a pass over all
 * definitions for every marker.
 */
interface NoteIndex {
  byKey: Map<string, { definitions: NoteDefinition[]; nextUnused: number[] }>;
  counter?: WorkCounter;
}

function indexNotes(definitions: NoteDefinition[], counter?: WorkCounter): NoteIndex {
  const byKey: NoteIndex['byKey'] = new Map();
  for (const definition of definitions) {
    const entry = byKey.get(definition.key) ?? { definitions: [], nextUnused: [] };
    entry.nextUnused.push(entry.definitions.length);
    entry.definitions.push(definition);
    byKey.set(definition.key, entry);
  }
  for (const entry of byKey.values()) {
    // Binary search needs line order; a stable sort keeps the readers' order, which already is.
    entry.definitions.sort((a, b) => a.line - b.line);
    entry.nextUnused.push(entry.definitions.length);
  }
  return { byKey, counter };
}

/** First index at or after `from` whose definition is unused (the length when none), shortening the chains it follows. */
function findUnused(nextUnused: number[], from: number, counter?: WorkCounter): number {
  let index = from;
  while (nextUnused[index] !== index) {
    countWork(counter, 1);
    index = nextUnused[index]!;
  }
  let step = from;
  while (step !== index) {
    const next = nextUnused[step]!;
    nextUnused[step] = index;
    step = next;
  }
  return index;
}

/** The definition a marker points to: the first with its key at or after the marker (unused first), else the last before. */
function takeNote(notes: NoteIndex, key: string, line: number): NoteDefinition | undefined {
  const entry = notes.byKey.get(key);
  if (!entry) return undefined;
  const { definitions, nextUnused } = entry;
  let low = 0;
  let high = definitions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    countWork(notes.counter, 1);
    if (definitions[middle]!.line >= line) high = middle;
    else low = middle + 1;
  }
  const unused = findUnused(nextUnused, low, notes.counter);
  const index = unused < definitions.length ? unused : Math.min(low, definitions.length - 1);
  const chosen = definitions[index]!;
  if (!chosen.used) {
    chosen.used = true;
    nextUnused[index] = index + 1;
  }
  return chosen;
}

function notesOf(text: string, line: number, notes: NoteIndex, vocabulary: Vocabulary): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NOTE_MARKER_PATTERN)) {
    const definition = takeNote(notes, match[1], line);
    if (definition) found.push(cleanText(definition.text, vocabulary));
  }
  return found;
}

export function parseDocumentBlocks(blocks: SourceBlock[], context: BlockParseContext): ParsedDocument {
  const { vocabulary } = context;
  const footnotes = blocks.filter((block) => block.kind === 'footnote');
  const hasStarNotes = footnotes.some((block) => block.footnoteKey?.startsWith('*'));
  const body = blocks
    .filter((block) => block.kind === 'body' && !block.text.includes('\t'))
    .map((block) => (hasStarNotes ? { ...block, text: markStarNotes(block.text) } : block));

  const chapeauIndex = findChapeau(body);
  const start = chapeauIndex >= 0 ? chapeauIndex + 1 : findBodyStart(body);
  const headerBlocks = body.slice(0, chapeauIndex >= 0 ? chapeauIndex : start);
  const header = readDocumentHeader(headerBlocks.map((block) => cleanText(block.text, vocabulary)));
  const chapeauBlock = chapeauIndex >= 0 ? body[chapeauIndex] : undefined;
  const chapeau = chapeauBlock ? cleanText(chapeauBlock.text, vocabulary) : undefined;

  const parsed = parseBody(body.slice(start), { preambular: chapeau !== undefined, counter: context.workCounter });
  if (parsed.paragraphs.length === 0 && !context.allowEmpty) {
    const line = body[start]?.line ?? body[0]?.line ?? context.firstLine ?? 1;
    throw new CorpusParseError(
      `Line ${line}: no paragraphs found; expected preambular paragraphs after a chapeau ("The General Assembly,") or numbered paragraphs ("1. …")`,
      line,
      'import-no-paragraphs',
      { line: String(line) },
    );
  }

  const definitions: NoteDefinition[] = footnotes.map((block) => ({
    key: block.footnoteKey ?? '',
    text: block.text,
    line: block.line,
    used: false,
  }));
  const notes = indexNotes(definitions, context.workCounter);
  const knownLeads = indexLeads(context.knownLeads);
  const meta = context.meta ?? {};
  // A preamble vouches for UN form as a chapeau does: each paragraph opens with its lead.
  const hasPreamble = chapeau !== undefined || parsed.paragraphs.some((raw) => raw.kind === 'preambular');
  const paragraphs: CorpusParagraph[] = parsed.paragraphs.map((raw) => {
    const text = cleanText(raw.text, vocabulary);
    const paragraph: CorpusParagraph = { ref: raw.ref, kind: raw.kind, text, depth: raw.depth };
    const leadKind = raw.kind === 'preambular' ? 'preambular' : raw.kind === 'operative' ? 'operative' : undefined;
    if (hasPreamble && leadKind) {
      const spaced = normalizeSpacing(removeNoteMarkers(raw.text));
      const lead = [detectLead(spaced, leadKind, knownLeads), detectLead(text, leadKind, knownLeads)].find(
        (candidate) => candidate !== undefined && text.startsWith(candidate),
      );
      if (lead) paragraph.lead = lead;
    }
    const paragraphNotes = notesOf(raw.text, raw.line, notes, vocabulary);
    if (paragraphNotes.length > 0) paragraph.notes = paragraphNotes;
    return paragraph;
  });

  const documentNotes = [
    ...headerBlocks.flatMap((block) => notesOf(block.text, block.line, notes, vocabulary)),
    ...(chapeauBlock ? notesOf(chapeauBlock.text, chapeauBlock.line, notes, vocabulary) : []),
    ...parsed.loose.map((text) => cleanText(text, vocabulary)),
    ...definitions.filter((definition) => !definition.used).map((definition) => cleanText(definition.text, vocabulary)),
  ];

  const title = meta.title ?? header.title ?? (chapeau ? undefined : cleanText(headerBlocks[0]?.text ?? '', vocabulary)) ?? '';
  const kind = meta.kind ?? header.kind ?? inferKind(parsed.paragraphs, hasPreamble, header.title);
  const symbol = meta.symbol ?? header.symbol ?? (context.fullText ? findDocumentSymbol(context.fullText) : undefined);
  const bodyName =
    meta.body ??
    header.body ??
    (chapeau ? readBodyFromChapeau(chapeau) : undefined) ??
    (symbol ? readBodyFromSymbol(symbol) : undefined) ??
    '';
  const date = meta.date ?? header.date;
  const year =
    meta.year ??
    (date ? Number(date.slice(0, 4)) : undefined) ??
    readLatestYear(header.session ?? '') ??
    readLatestYear(headerBlocks.map((block) => block.text).join(' ')) ??
    readYearFromName(context.name) ??
    readLatestDateYear(context.fullText ?? blocks.map((block) => block.text).join(' ')) ??
    readLatestYear(context.fullText ?? blocks.map((block) => block.text).join(' '));
  if (year === undefined) {
    const line = body[0]?.line ?? 1;
    throw new CorpusParseError(`Line ${line}: no year found in the text; give it as meta.year`, line, 'import-no-year', {
      line: String(line),
    });
  }
  const number = meta.number ?? header.number ?? (symbol ? readNumberFromSymbol(symbol) : undefined);
  const document: CorpusDocument = {
    id: meta.id ?? deriveDocumentId({ kind, number, body: bodyName, meeting: meta.meeting, year, name: context.name }),
    title,
    kind,
    body: bodyName,
    year,
    sources: meta.sources ?? [context.name],
    paragraphs,
  };
  const optional: Partial<CorpusDocument> = {
    symbol,
    number,
    meeting: meta.meeting,
    date,
    session: meta.session ?? header.session,
    sponsors: meta.sponsors ?? header.sponsors,
    chapeau,
    becameId: meta.becameId,
    draftIds: meta.draftIds,
    notes: documentNotes.length > 0 ? documentNotes : undefined,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined && value !== '') (document as unknown as Record<string, unknown>)[key] = value;
  }
  return { document, warnings: parsed.warnings };
}
