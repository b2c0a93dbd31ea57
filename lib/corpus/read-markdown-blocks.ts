import type { Vocabulary } from '../text/vocabulary';
import { isUrlOnly, removeUrls, stripMarkdownSyntax } from './clean-inline';
import { GrowingText } from './growing-text';
import { appendLine } from './join-lines';
import { encodeNoteMarker, removeNoteSentinels, SUPERSCRIPT_RUN, superscriptToDigits, type SourceBlock } from './source-block';
import { isDroppableLine } from './page-furniture';
import type { WorkCounter } from './work-counter';

/** A line that opens a paragraph of its own even without a blank line before it. */
const PARAGRAPH_START = /^\s*(?:[-+]\s+)?(?:\d{1,3}\.\s+\S|\(\*?[a-z]{1,6}\*?\)\s+\S|\*\([a-z]{1,6}\)\*\s+\S)/i;
const SUPERSCRIPT_FOOTNOTE = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/;
const STAR_FOOTNOTE = /^\s*\\?(\*{1,3})\s+(\S.*)$/;
const BULLET = /^\s*[-+]\s+(?=\(|\*\(|\d)/;

function isFootnoteLine(line: string): boolean {
  return SUPERSCRIPT_FOOTNOTE.test(line);
}

/** Groups lines into blocks: blank lines separate, list markers and footnotes start new blocks. */
function groupLines(lines: string[]): { lines: string[]; line: number }[] {
  const groups: { lines: string[]; line: number }[] = [];
  let current: { lines: string[]; line: number } | undefined;
  lines.forEach((raw, index) => {
    if (raw.trim() === '') {
      current = undefined;
      return;
    }
    if (!current || PARAGRAPH_START.test(raw) || isFootnoteLine(raw) || raw.includes('\t')) {
      current = { lines: [], line: index + 1 };
      groups.push(current);
    }
    current.lines.push(raw);
    if (raw.includes('\t')) current = undefined;
  });
  return groups;
}

function toBlock(group: { lines: string[]; line: number }, vocabulary: Vocabulary, counter?: WorkCounter): SourceBlock | undefined {
  const text = new GrowingText(counter);
  for (const line of group.lines) appendLine(text, line, vocabulary);
  const joined = text.toString();
  const footnote = SUPERSCRIPT_FOOTNOTE.exec(joined);
  if (footnote) {
    return {
      kind: 'footnote',
      footnoteKey: superscriptToDigits(footnote[1]),
      text: removeUrls(stripMarkdownSyntax(footnote[2])).trim(),
      line: group.line,
    };
  }
  const star = group.lines.length === 1 ? STAR_FOOTNOTE.exec(joined) : null;
  if (star && joined.length < 400) {
    return { kind: 'footnote', footnoteKey: star[1], text: stripMarkdownSyntax(star[2]).trim(), line: group.line };
  }
  if (joined.includes('\t')) return { kind: 'body', text: joined, line: group.line };
  const withoutBullet = joined.replace(BULLET, '');
  const body = stripMarkdownSyntax(removeUrls(withoutBullet))
    .replace(SUPERSCRIPT_RUN, (run) => encodeNoteMarker(superscriptToDigits(run)))
    .replace(/^#{1,6}\s+/, '')
    .trim();
  if (body === '' || isUrlOnly(withoutBullet) || isDroppableLine(body)) return undefined;
  return { kind: 'body', text: body, line: group.line };
}

/**
 * Reads Markdown (as produced by document converters) into logical blocks.
 * Table rows (tab-separated lines) are kept verbatim, one block per row.
 */
export function readMarkdownBlocks(source: string, vocabulary: Vocabulary, counter?: WorkCounter): SourceBlock[] {
  const lines = removeNoteSentinels(source).replace(/\r\n?/g, '\n').split('\n');
  return groupLines(lines)
    .map((group) => toBlock(group, vocabulary, counter))
    .filter((block): block is SourceBlock => block !== undefined);
}
