import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { buildTextRuns } from './build-content-runs';
import type { DocumentFurniture, ProposalRow } from './types';
import { A4_HEIGHT_TWIPS, buildTitleParagraph, createUnDocument, packDocument } from './un-layout';

const HEADINGS = ['Paragraph', 'Proposal', 'Proposed by', 'Supported by', 'Objected to by', 'Status'];
/** Shares of the landscape text width; the proposal column gets the most room. */
const COLUMN_SHARES = [0.08, 0.44, 0.13, 0.13, 0.13, 0.09];
const LANDSCAPE_TEXT_WIDTH = A4_HEIGHT_TWIPS - 2 * 1417;
const CELL_MARGIN = 80;

function buildCell(text: string, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: CELL_MARGIN, bottom: CELL_MARGIN, left: CELL_MARGIN, right: CELL_MARGIN },
    children: [new Paragraph({ spacing: { after: 0 }, children: buildTextRuns(text, { bold }) })],
  });
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
 * The compilation of proposals as a landscape table, one row per proposal,
 * in the order given; the header row repeats on every page.
 */
export async function exportProposalTableDocx(
  rows: ProposalRow[],
  title: string,
  options: ExportProposalTableOptions = {},
): Promise<Buffer> {
  const widths = COLUMN_SHARES.map((share) => Math.floor(share * LANDSCAPE_TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADINGS.map((heading, index) => buildCell(heading, widths[index]!, true)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [row.paragraph, row.proposal, row.delegation, joinNames(row.supporters), joinNames(row.objectors), row.status].map(
          (text, index) => buildCell(text, widths[index]!),
        ),
      }),
  );
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body],
  });
  const children = [buildTitleParagraph(title), table];
  if (rows.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: 'No proposals.', italics: true })] }));
  return packDocument(createUnDocument({ children, landscape: true, ...(options.furniture ? { furniture: options.furniture } : {}) }));
}
