import {
  type FileChild,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { buildLeadTextRuns, buildTextRuns } from './build-content-runs';
import { splitOpsAtLeads } from '@/lib/compare/split-ops-at-leads';
import type { CompilationParagraphRows, CompilationProposalRow, DocumentFurniture, ProposalTableInput } from './types';
import { A4_HEIGHT_TWIPS, buildTitleParagraph, createUnDocument, packDocument } from './un-layout';

const HEADINGS = ['Paragraph', 'Current text and proposed changes', 'Proposed by', 'Supported by', 'Objected to by', 'Status'];
/** Shares of the landscape text width; the text column gets the most room. */
const COLUMN_SHARES = [0.1, 0.44, 0.12, 0.12, 0.12, 0.1];
const LANDSCAPE_TEXT_WIDTH = A4_HEIGHT_TWIPS - 2 * 1417;
const CELL_MARGIN = 80;
/** Light grey behind a paragraph's current text, so each paragraph's block of proposals reads as one group. */
const CURRENT_TEXT_FILL = 'E7E6E6';
export const MARKING_NOTE = 'Proposed insertions are underlined; proposed deletions are struck through.';

interface CellOptions {
  span?: number;
  shaded?: boolean;
  /** Keep the row with the next one: a paragraph's current text is not left alone at the foot of a page. */
  keepNext?: boolean;
}

function buildCell(paragraphs: Paragraph[], width: number, options: CellOptions = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.shaded ? { shading: { fill: CURRENT_TEXT_FILL, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    margins: { top: CELL_MARGIN, bottom: CELL_MARGIN, left: CELL_MARGIN, right: CELL_MARGIN },
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ spacing: { after: 0 } })],
  });
}

function buildLine(children: TextRun[], keepNext = false): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, ...(keepNext ? { keepNext: true, keepLines: true } : {}), children });
}

function buildTextCell(text: string, width: number, options: CellOptions & { bold?: boolean; italics?: boolean } = {}): TableCell {
  const lines = text === '' ? [] : [buildLine(buildTextRuns(text, { bold: options.bold, italics: options.italics }), options.keepNext)];
  return buildCell(lines, width, options);
}

function joinNames(names: string[]): string {
  return names
    .map((name) => name.trim())
    .filter(Boolean)
    .join(', ');
}

export interface ExportProposalTableOptions {
  /** The draft's furniture, printed above the title on page 1. */
  furniture?: DocumentFurniture;
}

/**
 * The change as formatted runs rather than Word revisions: the marking is the compilation's content, so it
 * prints the same in every reader whatever its markup view, and "Accept all changes" cannot wipe it out of
 * a document whose whole point is to show the proposals.
 */
function buildMarkedRuns(row: CompilationProposalRow): TextRun[] {
  const runs: TextRun[] = [];
  let previous: { op: number; text: string } | undefined;
  for (const { op, parts } of splitOpsAtLeads(row.change, row.lead, row.baseLead)) {
    const text = parts.map((part) => part.text).join('');
    // Struck words run straight into the words replacing them ("personsswiftly") unless a space parts them.
    if (previous?.op === -1 && op === 1 && !/\s$/.test(previous.text) && !/^\s/.test(text)) runs.push(new TextRun({ text: ' ' }));
    previous = { op, text };
    for (const part of parts)
      part.text.split('\n').forEach((line, index) => {
        runs.push(
          new TextRun({
            text: line,
            ...(part.italic ? { italics: true } : {}),
            ...(op === 1 ? { underline: { type: UnderlineType.SINGLE } } : {}),
            ...(op === -1 ? { strike: true } : {}),
            ...(index > 0 ? { break: 1 } : {}),
          }),
        );
      });
  }
  return runs;
}

function buildParagraphRow(group: CompilationParagraphRows, widths: number[]): TableRow {
  const cell = { shaded: true, keepNext: true };
  const text =
    group.currentText === undefined
      ? buildTextCell(group.ref, widths[1]!, { ...cell, italics: true })
      : buildCell([buildLine(buildLeadTextRuns(group.currentText, group.lead), true)], widths[1]!, cell);
  return new TableRow({
    cantSplit: true,
    children: [
      buildTextCell(group.currentText === undefined ? '' : group.ref, widths[0]!, { ...cell, bold: true }),
      text,
      buildTextCell(group.currentText === undefined ? '' : 'Current text', widths[2]! + widths[3]! + widths[4]!, {
        ...cell,
        span: 3,
        italics: true,
      }),
      buildTextCell(group.status ?? '', widths[5]!, cell),
    ],
  });
}

function buildProposalRow(row: CompilationProposalRow, widths: number[]): TableRow {
  const change = buildMarkedRuns(row);
  const versions = row.versions && row.versions > 1 ? `\n${row.versions} versions` : '';
  return new TableRow({
    cantSplit: true,
    children: [
      buildTextCell(row.ref, widths[0]!),
      buildCell(
        [
          buildLine(buildTextRuns(row.action, { bold: true })),
          ...(change.length > 0 ? [buildLine(change)] : []),
          ...(row.explanation
            ? [buildLine([new TextRun({ text: 'Explanation: ', italics: true }), ...buildTextRuns(row.explanation)])]
            : []),
        ],
        widths[1]!,
      ),
      buildTextCell(row.delegation, widths[2]!),
      buildTextCell(joinNames(row.supporters), widths[3]!),
      buildTextCell(joinNames(row.objectors), widths[4]!),
      buildTextCell(`${row.status}${versions}`, widths[5]!),
    ],
  });
}

/**
 * The compilation of proposals as a landscape table, as secretariats circulate it: each paragraph's current
 * text (shaded), then each proposal on it with its change marked, its delegation, supporters, objectors and
 * status; the header row repeats on every page and rows are not split across pages.
 */
export async function exportProposalTableDocx(
  compilation: ProposalTableInput,
  title: string,
  options: ExportProposalTableOptions = {},
): Promise<Buffer> {
  const widths = COLUMN_SHARES.map((share) => Math.floor(share * LANDSCAPE_TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADINGS.map((heading, index) => buildTextCell(heading, widths[index]!, { bold: true })),
  });
  const body = compilation.paragraphs.flatMap((group) => [
    buildParagraphRow(group, widths),
    ...group.proposals.map((row) => buildProposalRow(row, widths)),
  ]);
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body],
  });
  const note = new Paragraph({ children: [new TextRun({ text: MARKING_NOTE, italics: true })] });
  const children: FileChild[] = body.length > 0 ? [buildTitleParagraph(title), note, table] : [buildTitleParagraph(title)];
  if (body.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: 'No proposals.', italics: true })] }));
  return packDocument(createUnDocument({ children, landscape: true, ...(options.furniture ? { furniture: options.furniture } : {}) }));
}
