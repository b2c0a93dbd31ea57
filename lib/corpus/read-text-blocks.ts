import type { Vocabulary } from '../text/vocabulary';
import { endsParagraph, isUrlOnly, removeUrls } from './clean-inline';
import { joinLines } from './join-lines';
import { isDroppableLine, isSeparatorLine } from './page-furniture';
import { encodeNoteMarker, SUPERSCRIPT_RUN, superscriptToDigits, type SourceBlock } from './source-block';
import { looksLikePreambularStart } from './detect-lead';

const FOOTNOTE_LINE = /^\s*(\d{1,3}|\*{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(?<=[⁰¹²³⁴⁵⁶⁷⁸⁹]|\s)(\S.*)$/;
const NUMBERED_START = /^\d{1,3}\.\s+\S/;
const LETTERED_START = /^\([a-z]{1,6}\)\s+\S/;

interface Line {
  text: string;
  indent: number;
  number: number;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
}

/**
 * Text extracted from PDFs is often "double spaced": every line is followed by
 * an empty one. Then only a run of empty lines separates paragraphs.
 */
function blankLinesForBreak(lines: string[]): number {
  let nonEmpty = 0;
  let followedByBlank = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    nonEmpty += 1;
    if (index + 1 < lines.length && lines[index + 1].trim() === '') followedByBlank += 1;
  });
  return nonEmpty > 0 && followedByBlank / nonEmpty > 0.6 ? 2 : 1;
}

function mostCommonIndent(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(line.indent, (counts.get(line.indent) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [indent, count] of counts) {
    if (count > bestCount || (count === bestCount && indent < best)) {
      best = indent;
      bestCount = count;
    }
  }
  return best;
}

/** The length of a full line of running text: lines near it wrapped, shorter ones ended. */
function measureFullWidth(lines: Line[]): number {
  const lengths = lines.map((line) => line.text.trim().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

interface Footnote {
  key: string;
  text: string;
  line: number;
  /** Blocks read before the footnote: its marker must be in one of them. */
  blockLimit: number;
}

/**
 * Reads plain text pasted or extracted from a PDF into logical blocks: hard
 * line breaks are undone, footnote blocks after a rule are taken out, page
 * furniture and bare URLs are dropped, and footnote numbers left in the body
 * ("Convention,2", "Crime, 1  pursuant") become note markers.
 */
export function readTextBlocks(source: string, vocabulary: Vocabulary): SourceBlock[] {
  const rawLines = source.replace(/\r\n?/g, '\n').split('\n');
  const breakAfter = blankLinesForBreak(rawLines);
  const lines: (Line | 'blank')[] = rawLines.map((text, index) =>
    text.trim() === '' ? 'blank' : { text, indent: indentOf(text), number: index + 1 },
  );
  const textLines = lines.filter((line): line is Line => line !== 'blank');
  const baseIndent = mostCommonIndent(textLines);
  const fullWidth = measureFullWidth(textLines);

  const blocks: SourceBlock[] = [];
  const footnotes: Footnote[] = [];
  let current: SourceBlock | undefined;
  let blankRun = 0;
  let inFootnotes = false;
  let footnote: Footnote | undefined;
  let previousLineLength = 0;

  const startBlock = (line: Line, text: string): void => {
    current = { kind: 'body', text, line: line.number };
    blocks.push(current);
  };

  for (const entry of lines) {
    if (entry === 'blank') {
      blankRun += 1;
      continue;
    }
    const hardBreak = blankRun >= breakAfter;
    blankRun = 0;
    const trimmed = entry.text.trim();
    if (isUrlOnly(trimmed)) continue;
    if (isSeparatorLine(trimmed)) {
      inFootnotes = true;
      footnote = undefined;
      continue;
    }
    if (inFootnotes) {
      const match = FOOTNOTE_LINE.exec(entry.text);
      if (match) {
        footnote = { key: superscriptToDigits(match[1]), text: match[2], line: entry.number, blockLimit: blocks.length };
        footnotes.push(footnote);
        continue;
      }
      if (footnote && !/[.!?)”"]$/.test(footnote.text.trim())) {
        footnote.text = joinLines(footnote.text, trimmed, vocabulary);
        continue;
      }
      inFootnotes = false;
      footnote = undefined;
    }
    if (isDroppableLine(trimmed)) continue;
    const text = removeUrls(trimmed).replace(SUPERSCRIPT_RUN, (run) => encodeNoteMarker(superscriptToDigits(run)));
    const previous = current?.text ?? '';
    // A footnote number may still trail the punctuation ("Convention,2").
    const previousEnded = previous === '' || endsParagraph(previous.replace(/([.,;:])\s*\d{1,3}\s*$/, '$1'));
    const indented = entry.indent >= baseIndent + 2;
    // A line far shorter than the text's full width ends its block even without punctuation: a heading or title.
    const previousShort = previous !== '' && previousLineLength < fullWidth * 0.6 && /^[A-Z]/.test(text);
    previousLineLength = trimmed.length;
    const opensParagraph =
      previousShort ||
      (NUMBERED_START.test(text) || LETTERED_START.test(text)
        ? previousEnded
        : previousEnded && /^[A-Z]/.test(text) && (indented || looksLikePreambularStart(text)));
    if (!current || hardBreak || opensParagraph) {
      startBlock(entry, text);
    } else {
      current.text = joinLines(current.text, text, vocabulary);
    }
  }

  markFootnoteNumbers(blocks, footnotes);
  return [
    ...blocks,
    ...footnotes.map((note): SourceBlock => ({
      kind: 'footnote',
      footnoteKey: note.key,
      text: removeUrls(note.text).replace(/\s+/g, ' ').trim(),
      line: note.line,
    })),
  ];
}

/**
 * Footnote numbers survive in PDF text as plain digits. Looking for each
 * footnote's number in order, after the previous one, only where a footnote
 * marker can stand (glued to a word or punctuation, or after punctuation),
 * keeps real numbers ("article 32", "paragraph 1") intact.
 */
function markFootnoteNumbers(blocks: SourceBlock[], footnotes: Footnote[]): void {
  let blockIndex = 0;
  let offset = 0;
  const alreadyMarked = new Set(blocks.flatMap((block) => [...block.text.matchAll(/\uE000([^\uE001]*)\uE001/g)].map((match) => match[1])));
  for (const note of footnotes) {
    if (!/^\d+$/.test(note.key) || alreadyMarked.has(note.key)) continue;
    const key = note.key;
    const marker = new RegExp(
      `(?<=[A-Za-z’'”")\\]])${key}(?![\\d/])` +
        `|(?<=[,.;:”")\\]]\\s{1,2})${key}(?=\\s|$)(?![\\s]*[/.]\\d)` +
        `|(?<=[A-Za-z]\\s)${key}(?=\\s{2,}|\\s*$)` +
        `|(?<=[,;:])${key}(?=\\s|$)`,
      'g',
    );
    for (let index = blockIndex; index < Math.min(blocks.length, note.blockLimit); index += 1) {
      const block = blocks[index];
      marker.lastIndex = index === blockIndex ? offset : 0;
      const found = marker.exec(block.text);
      if (!found) continue;
      const replacement = encodeNoteMarker(key);
      block.text = block.text.slice(0, found.index) + replacement + block.text.slice(found.index + key.length);
      blockIndex = index;
      offset = found.index + replacement.length;
      break;
    }
  }
}
