import type { Vocabulary } from '../text/vocabulary';
import { isUrlOnly, removeUrls, stripMarkdownSyntax } from './clean-inline';
import { GrowingText } from './growing-text';
import { appendLine } from './join-lines';
import { markFootnoteNumbers } from './mark-footnote-numbers';
import { isDroppableLine } from './page-furniture';
import { looksLikePreambularStart } from './detect-lead';
import { endsGrowingParagraph, endsParagraph } from './paragraph-end';
import { encodeNoteMarker, removeNoteSentinels, SUPERSCRIPT_RUN, superscriptToDigits, type SourceBlock } from './source-block';
import type { WorkCounter } from './work-counter';

/** A line that opens a paragraph of its own even without a blank line before it. */
const PARAGRAPH_START = /^\s*(?:[-+]\s+)?(?:\d{1,3}\.\s+\S|\(\*?[a-z]{1,6}\*?\)\s+\S|\*\([a-z]{1,6}\)\*\s+\S)/i;
const SUPERSCRIPT_FOOTNOTE = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/;
const STAR_FOOTNOTE = /^\s*\\?(\*{1,3})\s+(\S.*)$/;
/** `[^12]: text` (pandoc, GitHub), `<sup>12</sup> text` and `^12^ text` open a footnote wherever they stand. */
const DEFINITION_FOOTNOTE = /^\s*(?:\[\^([\w-]{1,20})\]:|<sup>\s*(\d{1,3}|\*{1,3})\s*<\/sup>|\^(\d{1,3})\^)\s*(\S.*)$/i;
/** After a rule, a footnote may also begin with its bare number ("26 United Nations, Treaty Series …"). */
const NUMBER_FOOTNOTE = /^\s*(\d{1,3})\s+(\S.*)$/;
const RULE = /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|<hr\b[^>]*>)\s*$/i;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const BULLET = /^\s*[-+]\s+(?=\(|\*\(|\d)/;
/** Note markers as converters write them: `<sup>12</sup>` (a link inside allowed), `^12^`, `[^12]`. */
const INLINE_MARKER = /<sup>\s*(?:<a\b[^>]*>\s*)?\[?(\d{1,3}|\*{1,3})\]?\s*(?:<\/a>\s*)?<\/sup>|\^(\d{1,3})\^|\[\^([\w-]{1,20})\](?!:)/gi;

interface Group {
  lines: string[];
  line: number;
  kind: 'text' | 'rule' | 'table';
}

function isTableLine(line: string): boolean {
  return TABLE_ROW.test(line) || (line.includes('|') && TABLE_SEPARATOR.test(line));
}

/**
 * `[^n]:` always opens a footnote; a line that begins with `<sup>n</sup>` or
 * `^n^` may be a wrapped line of a paragraph whose marker fell at the line's
 * start, so it opens a footnote only in a run of footnotes.
 */
function opensFootnote(line: string, current: Group | undefined): boolean {
  if (/^\s*\[\^[\w-]{1,20}\]:/.test(line)) return true;
  return DEFINITION_FOOTNOTE.test(line) && current !== undefined && DEFINITION_FOOTNOTE.test(current.lines[0] ?? '');
}

/**
 * A line that opens a preambular paragraph right after a line that ended one
 * ("The Conference,", "Recalling …,"): plain text saved as Markdown has no
 * blank lines between paragraphs, and joining them would glue the preamble to
 * the chapeau. A wrapped line ("… to the\nUnited Nations …") follows a line
 * that did not end.
 */
function opensPreambleLine(line: string, current: Group): boolean {
  const previous = current.lines[current.lines.length - 1] ?? '';
  return endsParagraph(previous) && /^\s*\*?[A-Z]/.test(line) && looksLikePreambularStart(line.replace(/\*/g, ''));
}

/** Groups lines into blocks: blank lines separate; list markers, footnotes, rules, tables and preambular lines start their own. */
function groupLines(lines: string[]): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  lines.forEach((raw, index) => {
    if (raw.trim() === '') {
      current = undefined;
      return;
    }
    if (RULE.test(raw)) {
      groups.push({ lines: [raw], line: index + 1, kind: 'rule' });
      current = undefined;
      return;
    }
    const table = isTableLine(raw);
    const opens =
      !current ||
      (current.kind === 'table') !== table ||
      (!table &&
        (PARAGRAPH_START.test(raw) ||
          SUPERSCRIPT_FOOTNOTE.test(raw) ||
          opensFootnote(raw, current) ||
          raw.includes('\t') ||
          opensPreambleLine(raw, current)));
    if (opens) {
      current = { lines: [], line: index + 1, kind: table ? 'table' : 'text' };
      groups.push(current);
    }
    current!.lines.push(raw);
    if (!table && raw.includes('\t')) current = undefined;
  });
  return groups;
}

/** `| a | b |` → the cells, with escaped pipes put back and Markdown taken out. */
function readCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner
    .split(/(?<!\\)\|/)
    .map((cell) =>
      stripMarkdownSyntax(removeUrls(cell.replace(/\\\|/g, '|')))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((cell) => cell !== '');
}

/**
 * A table is kept as one block of text (cells joined by " | ", rows by "; "):
 * in a resolution a table is part of the paragraph or annex it stands in,
 * and its words must stay searchable, not become paragraphs of their own.
 */
function tableBlock(group: Group): SourceBlock | undefined {
  const rows = group.lines
    .filter((line) => !TABLE_SEPARATOR.test(line))
    .map((line) => readCells(line).join(' | '))
    .filter((row) => row !== '');
  return rows.length === 0 ? undefined : { kind: 'body', text: rows.join('; '), line: group.line };
}

function encodeInlineMarkers(text: string): string {
  return text.replace(INLINE_MARKER, (_match, sup?: string, caret?: string, bracket?: string) =>
    encodeNoteMarker(sup ?? caret ?? bracket ?? ''),
  );
}

function footnoteBlock(key: string, text: string, line: number): SourceBlock {
  return { kind: 'footnote', footnoteKey: key, text: removeUrls(stripMarkdownSyntax(text)).replace(/\s+/g, ' ').trim(), line };
}

function toBlock(group: Group, vocabulary: Vocabulary, afterRule: boolean, counter?: WorkCounter): SourceBlock | undefined {
  if (group.kind === 'table') return tableBlock(group);
  const text = new GrowingText(counter);
  for (const line of group.lines) appendLine(text, line, vocabulary);
  const joined = text.toString();
  const definition = DEFINITION_FOOTNOTE.exec(joined);
  if (definition) return footnoteBlock(definition[1] ?? definition[2] ?? definition[3] ?? '', definition[4], group.line);
  const footnote = SUPERSCRIPT_FOOTNOTE.exec(joined);
  if (footnote) return footnoteBlock(superscriptToDigits(footnote[1]), footnote[2], group.line);
  const numbered = afterRule ? NUMBER_FOOTNOTE.exec(joined) : null;
  if (numbered) return footnoteBlock(numbered[1], numbered[2], group.line);
  const star = group.lines.length === 1 ? STAR_FOOTNOTE.exec(joined) : null;
  if (star && joined.length < 400) {
    return { kind: 'footnote', footnoteKey: star[1], text: stripMarkdownSyntax(star[2]).trim(), line: group.line };
  }
  if (joined.includes('\t')) return { kind: 'body', text: joined, line: group.line };
  const withoutBullet = joined.replace(BULLET, '');
  const body = stripMarkdownSyntax(removeUrls(encodeInlineMarkers(withoutBullet)))
    .replace(SUPERSCRIPT_RUN, (run) => encodeNoteMarker(superscriptToDigits(run)))
    .replace(/^#{1,6}\s+/, '')
    .trim();
  if (body === '' || isUrlOnly(withoutBullet) || isDroppableLine(body)) return undefined;
  return { kind: 'body', text: body, line: group.line };
}

/**
 * Reads Markdown (as produced by document converters) into logical blocks.
 * Tab-separated rows are kept verbatim, one block per row (the compendium's
 * index); pipe tables become one block of text. Footnotes after a rule
 * (`---`, `***`, `___`, `<hr>`) are a page's foot: when the paragraph before
 * them is unfinished and the text after them does not open a paragraph, the
 * page broke the paragraph, and its two halves are joined again (a word split
 * at the break included).
 */
export function readMarkdownBlocks(source: string, vocabulary: Vocabulary, counter?: WorkCounter): SourceBlock[] {
  const lines = removeNoteSentinels(source).replace(/\r\n?/g, '\n').split('\n');
  // Blocks stay in reading order: the compendium is split into its documents by position.
  const blocks: SourceBlock[] = [];
  const body: SourceBlock[] = [];
  // A paragraph broken by many pages grows apart from its block and is read whole once at the end.
  const texts: GrowingText[] = [];
  const bareNotes: { key: string; text: string; blockLimit: number }[] = [];
  let afterRule = false;
  let notesAfterRule = 0;
  for (const group of groupLines(lines)) {
    if (group.kind === 'rule') {
      afterRule = true;
      notesAfterRule = 0;
      continue;
    }
    const block = toBlock(group, vocabulary, afterRule, counter);
    if (!block) continue;
    if (block.kind === 'footnote') {
      blocks.push(block);
      if (afterRule) notesAfterRule += 1;
      if (afterRule && NUMBER_FOOTNOTE.test(group.lines[0] ?? '') && !DEFINITION_FOOTNOTE.test(group.lines[0] ?? '')) {
        bareNotes.push({ key: block.footnoteKey ?? '', text: block.text, blockLimit: body.length });
      }
      continue;
    }
    const previous = body[body.length - 1];
    const previousText = texts[texts.length - 1];
    const brokenByPage =
      afterRule &&
      notesAfterRule > 0 &&
      previous !== undefined &&
      previousText !== undefined &&
      !previous.text.includes('\t') &&
      !block.text.includes('\t') &&
      !endsGrowingParagraph(previousText) &&
      !PARAGRAPH_START.test(block.text);
    afterRule = false;
    if (brokenByPage) {
      appendLine(previousText, block.text, vocabulary);
      continue;
    }
    const text = new GrowingText(counter);
    text.append(block.text);
    body.push(block);
    texts.push(text);
    blocks.push(block);
  }
  body.forEach((block, index) => {
    block.text = texts[index]!.toString();
  });
  // Converters that lost the superscript leave the number glued to the text ("Crime,26"): found as in PDF text.
  markFootnoteNumbers(body, bareNotes, counter);
  return blocks;
}
