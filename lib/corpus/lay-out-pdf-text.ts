/** One run of text as a PDF places it: baseline start, advance width and font size, in points from the page's bottom left. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PdfLine {
  runs: PdfTextRun[];
  /** Baseline of the line's main text (a raised footnote number sits above it). */
  y: number;
  size: number;
  x: number;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SEPARATOR = '__________________';

function toSuperscript(digits: string): string {
  return digits.replace(/\d/g, (digit) => SUPERSCRIPT_DIGITS[Number(digit)]!);
}

function roundHalf(value: number): number {
  return Math.round(value * 2) / 2;
}

/** The value seen most often, each occurrence weighed; ties go to the smaller value. */
function mostCommon(values: { value: number; weight: number }[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const { value, weight } of values) counts.set(value, (counts.get(value) ?? 0) + weight);
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Runs on one baseline form a line. A raised, smaller footnote number joins the line below it: it is sorted in
 * first (it stands higher), and the text it belongs to stands less than half a line lower.
 */
function groupLines(runs: PdfTextRun[]): PdfLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { runs: PdfTextRun[]; minY: number; maxSize: number }[] = [];
  for (const run of sorted) {
    const last = groups.at(-1);
    if (last && last.minY - run.y < 0.5 * Math.max(last.maxSize, run.size)) {
      last.runs.push(run);
      last.minY = Math.min(last.minY, run.y);
      last.maxSize = Math.max(last.maxSize, run.size);
    } else {
      groups.push({ runs: [run], minY: run.y, maxSize: run.size });
    }
  }
  return groups.map((group) => {
    const main = group.runs.reduce((best, run) => (run.size > best.size || (run.size === best.size && run.y < best.y) ? run : best));
    const lineRuns = group.runs.sort((a, b) => a.x - b.x);
    return { runs: lineRuns, y: main.y, size: main.size, x: lineRuns[0]!.x };
  });
}

function isRaisedMarker(run: PdfTextRun, line: PdfLine): boolean {
  return run.size < line.size * 0.85 && run.y - line.y > line.size * 0.15 && /^\s*(?:\d{1,3}|\*{1,3})\s*$/.test(run.text);
}

/** A line's text with spaces where the runs leave a gap, and raised footnote numbers as superscript digits. */
function lineText(line: PdfLine): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of line.runs) {
    const piece = isRaisedMarker(run, line) ? toSuperscript(run.text.trim()) : run.text;
    const gap = run.x - end;
    if (text !== '' && gap > line.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(piece)) text += ' ';
    text += piece;
    end = Math.max(end, run.x + run.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Where a page's footnotes begin: at the first line that opens with a raised note number (Word and LibreOffice
 * print the note's number raised, its text often at the body's size), or at a number opening a run of smaller lines
 * that goes on to the page's foot (short lines, such as a page number, aside).
 */
function footnoteStart(lines: PdfLine[], bodySize: number): number {
  const small = (line: PdfLine): boolean => line.size < bodySize * 0.9;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    const first = line.runs[0]!;
    if (isRaisedMarker(first, line)) return index;
    if (
      small(line) &&
      /^\s*(?:\d{1,3}|\*{1,3})(?:\s|$)/.test(first.text) &&
      lines.slice(index).every((after) => small(after) || lineText(after).length < 30)
    )
      return index;
  }
  return lines.length;
}

/** A line's text with its digits blurred, and where it stands: running heads differ by page number only. */
function furnitureKey(line: PdfLine): string {
  return `${Math.round(line.y)}:${lineText(line).replace(/\d+/g, '#')}`;
}

/** Running heads and feet: text (digits aside) that stands at the same height among the first or last two lines of most pages. */
function findRepeatedFurniture(pages: PdfLine[][]): Set<string> {
  const repeated = new Set<string>();
  if (pages.length < 2) return repeated;
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(furnitureKey));
    for (const key of edges) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const [key, count] of seen) if (count >= Math.max(2, pages.length / 2)) repeated.add(key);
  return repeated;
}

/**
 * Text runs of a PDF's pages (as pdf.js gives them) laid out as lines of plain text the way pdftotext does, for the
 * reader of PDF text (`readTextBlocks`): lines in reading order, indented by how far they stand right of the text's
 * left edge, blank lines where the space between two lines is wider than the usual line spacing, raised footnote
 * numbers as superscript digits, and each page's footnotes (smaller lines at its foot) after a rule. Running heads
 * and feet repeated on most pages are left out; page numbers and document symbols are left to the reader.
 */
export function layOutPdfText(pages: PdfTextRun[][]): string {
  const runs = pages.flat().filter((run) => run.text.trim() !== '' && run.size > 0);
  const bodySize = mostCommon(
    runs.map((run) => ({ value: roundHalf(run.size), weight: run.text.length })),
    10,
  );
  const linesByPage = pages.map((page) => groupLines(page.filter((run) => run.text.trim() !== '' && run.size > 0)));
  const bodyLines = linesByPage.flat().filter((line) => Math.abs(line.size - bodySize) < 0.5);
  const leftEdge = mostCommon(
    bodyLines.map((line) => ({ value: Math.round(line.x), weight: 1 })),
    0,
  );
  const pitches: { value: number; weight: number }[] = [];
  for (const lines of linesByPage) {
    for (let index = 1; index < lines.length; index += 1) {
      const [above, below] = [lines[index - 1]!, lines[index]!];
      if (Math.abs(above.size - bodySize) < 0.5 && Math.abs(below.size - bodySize) < 0.5)
        pitches.push({ value: roundHalf(above.y - below.y), weight: 1 });
    }
  }
  const pitch = mostCommon(pitches, bodySize * 1.2);
  const furniture = findRepeatedFurniture(linesByPage);
  const charWidth = bodySize * 0.5;

  const out: string[] = [];
  for (const lines of linesByPage) {
    const notesFrom = footnoteStart(lines, bodySize);
    let previous: PdfLine | undefined;
    lines.forEach((line, index) => {
      const text = lineText(line);
      if (text === '' || furniture.has(furnitureKey(line))) return;
      if (index === notesFrom) {
        out.push(SEPARATOR);
        previous = undefined;
      }
      if (index >= notesFrom) {
        // The note's number is read by the reader as plain digits followed by a space.
        out.push(
          text.replace(/^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*/, (_, run: string) => `${[...run].map((char) => SUPERSCRIPT_DIGITS.indexOf(char)).join('')} `),
        );
        return;
      }
      if (previous) {
        const gap = previous.y - line.y;
        const blanks = gap > pitch * 1.3 ? Math.max(1, Math.round(gap / pitch) - 1) : 0;
        for (let blank = 0; blank < Math.min(blanks, 3); blank += 1) out.push('');
      }
      const indent = Math.max(0, Math.min(40, Math.round((line.x - leftEdge) / charWidth)));
      out.push(' '.repeat(indent) + text);
      previous = line;
    });
  }
  return `${out.join('\n')}\n`;
}
