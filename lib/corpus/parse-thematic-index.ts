/**
 * Reads a thematic index laid out as a tab-separated table:
 * topic | references into the compilation | meeting report symbol |
 * resolution/decision | report paragraphs | report recommendations.
 * Merged cells show up as rows that lack the topic column (the row starts with
 * a reference or a "Part B" marker), rows that only continue the topic above
 * (empty topic cell), several sections run together in one cell, and topics
 * carried over a page ("… (continued)").
 */

export interface IndexEntry {
  /** "A" (Working Group meetings) or "B" (Conference sessions). */
  part: string;
  /** Roman numeral of the meeting or session. */
  section: string;
  /** Reference inside that text, as written after the section: "13.i", "PP.1-11", "m.iv", "a". */
  path: string;
  /** As written in the index, e.g. "X.13.i". */
  raw: string;
  /** Resolutions/decisions named on the same row ("Resolution 10/3"), to pick among texts of one session. */
  texts: string[];
}

export interface IndexTopic {
  topic: string;
  entries: IndexEntry[];
  /** Citations of meeting reports and session documents: outside the corpus. */
  externalRefs: number;
}

const REF_TOKEN = /^([IVXLC]+)\.((?:PP\.)?[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*(?:[-–](?:[IVXLC]+\.)?[0-9A-Za-z]+)?)$/;
const REPORT_CITATION =
  /PP\s*\d+(?:\s*[-–]\s*\d+)?|\d+(?:\s*[-–]\s*\d+)?(?:\s*\([a-z]+\)(?:\s*[-–]\s*\([a-z]+\))?)*|\([a-z]+\)(?:\s*[-–]\s*\([a-z]+\))?(?:\s*\([a-z]+\))*/gi;

function stripTags(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isReferenceCell(cell: string): boolean {
  const text = stripTags(cell);
  return /^Part [A-Z]\b/.test(text) || REF_TOKEN.test(text.split(/[\s,;]+/)[0] ?? '');
}

function countReportCitations(cells: string[]): number {
  return cells.reduce((total, cell) => total + (stripTags(cell).match(REPORT_CITATION)?.length ?? 0), 0);
}

export function parseThematicIndex(lines: string[]): IndexTopic[] {
  const topics: IndexTopic[] = [];
  const byName = new Map<string, IndexTopic>();
  let current: IndexTopic | undefined;
  let part = 'A';

  for (const line of lines) {
    if (!line.includes('\t')) continue;
    const cells = line.split('\t');
    if (isReferenceCell(cells[0])) cells.unshift('');
    const [topicCell = '', refsCell = '', , textsCell = '', ...reportCells] = cells;
    if (stripTags(topicCell) === 'Topic' || cells.some((cell) => stripTags(cell) === 'Document symbol')) continue;

    const topicName = stripTags(topicCell)
      .replace(/\s*\(continued\)$/i, '')
      .trim();
    if (topicName) {
      const existing = byName.get(topicName);
      if (existing) {
        current = existing;
      } else {
        current = { topic: topicName, entries: [], externalRefs: 0 };
        byName.set(topicName, current);
        topics.push(current);
        part = 'A';
      }
    }
    if (!current) continue;

    const texts = [...stripTags(textsCell).matchAll(/(?:Resolution|Decision)\s+\d+\/\d+/gi)].map((match) => match[0]);
    const tokens = stripTags(refsCell)
      .split(/[\s,;]+/)
      .filter((token) => token !== '' && token !== 'and');
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token === 'Part' && /^[A-Z]$/.test(tokens[index + 1] ?? '')) {
        part = tokens[index + 1];
        index += 1;
        continue;
      }
      const match = REF_TOKEN.exec(token);
      if (match) current.entries.push({ part, section: match[1], path: match[2], raw: token, texts });
    }
    current.externalRefs += countReportCitations(reportCells);
  }
  return topics;
}
