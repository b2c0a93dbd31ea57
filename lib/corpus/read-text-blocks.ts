import type { Vocabulary } from '../text/vocabulary';
import { isUrlOnly, removeUrls } from './clean-inline';
import { looksLikePreambularStart } from './detect-lead';
import { GrowingText } from './growing-text';
import { appendLine } from './join-lines';
import { markFootnoteNumbers } from './mark-footnote-numbers';
import { isDroppableLine, isSeparatorLine } from './page-furniture';
import { endsGrowingParagraph, endsWithFootnoteNumber, endsWithOneOf } from './paragraph-end';
import { encodeNoteMarker, removeNoteSentinels, SUPERSCRIPT_RUN, superscriptToDigits, type SourceBlock } from './source-block';
import type { WorkCounter } from './work-counter';

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

/**
 * The length of a full line of running text: lines near it wrapped, shorter
 * ones ended. The 90th percentile is counted out by length rather than sorted:
 * there are far fewer distinct lengths than lines.
 */
function measureFullWidth(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const length = line.text.trim().length;
    counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  const rank = Math.floor(lines.length * 0.9);
  let seen = 0;
  for (const length of [...counts.keys()].sort((a, b) => a - b)) {
    seen += counts.get(length)!;
    if (seen > rank) return length;
  }
  return 0;
}

interface Footnote {
  key: string;
  text: GrowingText;
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
export function readTextBlocks(source: string, vocabulary: Vocabulary, counter?: WorkCounter): SourceBlock[] {
  const rawLines = removeNoteSentinels(source).replace(/\r\n?/g, '\n').split('\n');
  const breakAfter = blankLinesForBreak(rawLines);
  const lines: (Line | 'blank')[] = rawLines.map((text, index) =>
    text.trim() === '' ? 'blank' : { text, indent: indentOf(text), number: index + 1 },
  );
  const textLines = lines.filter((line): line is Line => line !== 'blank');
  const baseIndent = mostCommonIndent(textLines);
  const fullWidth = measureFullWidth(textLines);

  const blocks: SourceBlock[] = [];
  // Each block's text grows line by line apart from the block, and is read whole once at the end.
  const texts: GrowingText[] = [];
  const footnotes: Footnote[] = [];
  let current: GrowingText | undefined;
  let blankRun = 0;
  let inFootnotes = false;
  let footnote: Footnote | undefined;
  let previousLineLength = 0;

  const startBlock = (line: Line, text: string): void => {
    current = new GrowingText(counter);
    current.append(text);
    blocks.push({ kind: 'body', text: '', line: line.number });
    texts.push(current);
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
        const text = new GrowingText(counter);
        text.append(match[2]);
        footnote = { key: superscriptToDigits(match[1]), text, line: entry.number, blockLimit: blocks.length };
        footnotes.push(footnote);
        continue;
      }
      if (footnote && !endsWithOneOf(footnote.text, '.!?)”"')) {
        appendLine(footnote.text, trimmed, vocabulary);
        continue;
      }
      inFootnotes = false;
      footnote = undefined;
    }
    if (isDroppableLine(trimmed)) continue;
    const text = removeUrls(trimmed).replace(SUPERSCRIPT_RUN, (run) => encodeNoteMarker(superscriptToDigits(run)));
    const previous = current !== undefined && current.length > 0 ? current : undefined;
    // A footnote number may still trail the punctuation ("Convention,2").
    const previousEnded = previous === undefined || endsWithFootnoteNumber(previous) || endsGrowingParagraph(previous);
    const indented = entry.indent >= baseIndent + 2;
    // A line far shorter than the text's full width ends its block even without punctuation: a heading or title.
    const previousShort = previous !== undefined && previousLineLength < fullWidth * 0.6 && /^[A-Z]/.test(text);
    previousLineLength = trimmed.length;
    const opensParagraph =
      previousShort ||
      (NUMBERED_START.test(text) || LETTERED_START.test(text)
        ? previousEnded
        : previousEnded && /^[A-Z]/.test(text) && (indented || looksLikePreambularStart(text)));
    if (!current || hardBreak || opensParagraph) {
      startBlock(entry, text);
    } else {
      appendLine(current, text, vocabulary);
    }
  }

  blocks.forEach((block, index) => {
    block.text = texts[index]!.toString();
  });
  const notes = footnotes.map((note) => ({ key: note.key, text: note.text.toString(), line: note.line, blockLimit: note.blockLimit }));
  markFootnoteNumbers(blocks, notes, counter);
  return [
    ...blocks,
    ...notes.map(
      (note): SourceBlock => ({
        kind: 'footnote',
        footnoteKey: note.key,
        text: removeUrls(note.text).replace(/\s+/g, ' ').trim(),
        line: note.line,
      }),
    ),
  ];
}
