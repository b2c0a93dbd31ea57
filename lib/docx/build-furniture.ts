/**
 * The first page of a UN "L." document above its title, built from `DocumentFurniture`: the masthead ("United
 * Nations" and the symbol, a heavy rule, the body beside "Distr.: Limited", the date and "Original: English", a
 * light rule), the session, place and agenda item lines, and the sponsor line ("Colombia: revised draft
 * resolution"), whose co-sponsors go to a footnote marked "*" when there are many.
 */

import {
  BorderStyle,
  ImportedXmlComponent,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { furnitureStyleIds } from './furniture-styles';
import type { DocumentFurniture } from './types';
import { escapeXml } from './write-custom-footnote-marks';

/**
 * Up to three co-sponsors are named on the sponsor line, as in "Colombia, Mexico and Peru: draft resolution"; with
 * more, the line would run over several lines and push the title down the page, so the main sponsor stands alone
 * there and the others are listed in a footnote, as UN documents do for long lists.
 */
export const MAX_CO_SPONSORS_ON_LINE = 3;
/** UN documents mark furniture footnotes with asterisks so the text's own footnotes still start at 1. */
export const SPONSOR_FOOTNOTE_MARK = '*';
const DEFAULT_KIND = 'draft resolution';
/**
 * Wording of the sponsor footnote, as the Conference's 2020 draft resolution on trafficking in persons prints it
 * ("Also on behalf of the States members of the European Union", corpus/cop10-draft-resolution-2020.txt).
 */
const CO_SPONSOR_LEAD = 'Also on behalf of';

const HEAVY_RULE = { style: BorderStyle.SINGLE, size: 18, color: '000000' };
const LIGHT_RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const CELL_PADDING = 60;

/** "Colombia", "Colombia and Peru", "Colombia, Mexico and Peru", as UN documents join names. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export interface SponsorLine {
  /** The names before the colon, without the footnote mark. */
  sponsors: string;
  /** "revised draft resolution". */
  kind: string;
  /** The footnote's text, without its mark, when the co-sponsors do not fit on the line. */
  footnote?: string;
}

function cleanNames(names: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const name of names) {
    const trimmed = name?.trim();
    if (!trimmed || seen.has(trimmed)) continue;
    seen.add(trimmed);
    result.push(trimmed);
  }
  return result;
}

/** What the sponsor line says, or nothing when the furniture names neither sponsors nor a kind of document. */
export function describeSponsorLine(furniture: DocumentFurniture): SponsorLine | undefined {
  const sponsors = cleanNames([furniture.mainSponsor, ...(furniture.coSponsors ?? [])]);
  const kind = furniture.documentKind?.trim() || DEFAULT_KIND;
  if (sponsors.length === 0) return furniture.documentKind?.trim() ? { sponsors: '', kind } : undefined;
  const [first, ...others] = sponsors;
  if (others.length <= MAX_CO_SPONSORS_ON_LINE) return { sponsors: joinNames(sponsors), kind };
  return { sponsors: first!, kind, footnote: `${CO_SPONSOR_LEAD} ${joinNames(others)}.` };
}

/** The sponsor line as printed: "Colombia: revised draft resolution", or "Draft resolution" with no sponsor. */
export function printSponsorLine(line: SponsorLine): string {
  if (!line.sponsors) return line.kind.charAt(0).toUpperCase() + line.kind.slice(1);
  return `${line.sponsors}${line.footnote ? SPONSOR_FOOTNOTE_MARK : ''}: ${line.kind}`;
}

/**
 * A footnote reference that prints its own mark instead of a number (`w:customMarkFollows`), so the footnotes of
 * the text keep their numbers 1, 2, 3 …; the docx library has no option for it, hence the raw run.
 */
function buildCustomMarkReference(id: number, mark: string): ParagraphChild {
  return ImportedXmlComponent.fromXmlString(
    `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="${id}"/><w:t>${escapeXml(mark)}</w:t></w:r>`,
  ) as unknown as ParagraphChild;
}

export interface FurnitureLayout {
  /** The symbol and date to print (the furniture's own, or the export options'). */
  symbol?: string;
  date?: string;
  /** Width of the text area in twips: the masthead spans it. */
  textWidth: number;
  /** Id for the co-sponsor footnote, free among the document's other footnotes. */
  footnoteId: number;
}

export interface BuiltFurniture {
  /** What comes before the title on the first page; empty when the furniture has nothing to print. */
  children: FileChild[];
  /** True when a masthead carries the symbol on page 1: the running header then shows only on later pages. */
  masthead: boolean;
  footnote?: { id: number; mark: string; children: Paragraph[] };
}

function buildCell(paragraphs: Paragraph[], widths: number[], bottom: typeof HEAVY_RULE): TableCell {
  return new TableCell({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    ...(widths.length > 1 ? { columnSpan: widths.length } : {}),
    margins: { top: CELL_PADDING, bottom: CELL_PADDING, left: 0, right: 0 },
    borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom },
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: furnitureStyleIds.line, children: [] })],
  });
}

function buildLine(style: string, text: string, bold?: boolean): Paragraph {
  return new Paragraph({ style, children: [new TextRun({ text, ...(bold ? { bold: true } : {}) })] });
}

function buildMasthead(furniture: DocumentFurniture, layout: FurnitureLayout): Table | undefined {
  const distribution = [
    furniture.distribution ? `Distr.: ${furniture.distribution}` : undefined,
    layout.date,
    furniture.originalLanguage ? '' : undefined,
    furniture.originalLanguage ? `Original: ${furniture.originalLanguage}` : undefined,
  ].filter((line): line is string => line !== undefined);
  const body = furniture.body?.trim();
  if (!layout.symbol && !body && distribution.length === 0) return undefined;
  // Three columns, so the symbol gets more room in the top row than the distribution block below it.
  const first = Math.round(layout.textWidth * 0.4);
  const second = Math.round(layout.textWidth * 0.18);
  const third = layout.textWidth - first - second;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: layout.textWidth, type: WidthType.DXA },
    columnWidths: [first, second, third],
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          buildCell([buildLine(furnitureStyleIds.organization, 'United Nations')], [first], HEAVY_RULE),
          buildCell(layout.symbol ? [buildLine(furnitureStyleIds.symbol, layout.symbol)] : [], [second, third], HEAVY_RULE),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          buildCell(body ? [buildLine(furnitureStyleIds.body, body)] : [], [first, second], LIGHT_RULE),
          buildCell(
            distribution.map((line) => buildLine(furnitureStyleIds.distribution, line)),
            [third],
            LIGHT_RULE,
          ),
        ],
      }),
    ],
  });
}

/** Session, place and agenda item; the agenda item's title (its lines after the first) in bold, as UN documents print it. */
function buildSessionLines(furniture: DocumentFurniture): Paragraph[] {
  const agenda = (furniture.agendaItem ?? '').split('\n').map((text, index) => ({ text: text.trim(), bold: index > 0 }));
  const lines = [
    { text: furniture.session?.trim() ?? '', bold: true },
    { text: furniture.place?.trim() ?? '', bold: false },
    ...agenda,
  ].filter((line) => line.text !== '');
  return lines.map(
    (line, index) =>
      new Paragraph({
        style: furnitureStyleIds.line,
        // A little air between the masthead's rule and the first line.
        ...(index === 0 ? { spacing: { before: 240 } } : {}),
        children: [new TextRun({ text: line.text, ...(line.bold ? { bold: true } : {}) })],
      }),
  );
}

export function buildFurniture(furniture: DocumentFurniture, layout: FurnitureLayout): BuiltFurniture {
  const children: FileChild[] = [];
  const masthead = buildMasthead(furniture, layout);
  if (masthead) children.push(masthead);
  children.push(...buildSessionLines(furniture));
  const sponsorLine = describeSponsorLine(furniture);
  if (!sponsorLine) return { children, masthead: masthead !== undefined };
  if (!sponsorLine.footnote) {
    children.push(buildLine(furnitureStyleIds.sponsors, printSponsorLine(sponsorLine)));
    return { children, masthead: masthead !== undefined };
  }
  children.push(
    new Paragraph({
      style: furnitureStyleIds.sponsors,
      children: [
        new TextRun(sponsorLine.sponsors),
        buildCustomMarkReference(layout.footnoteId, SPONSOR_FOOTNOTE_MARK),
        new TextRun(`: ${sponsorLine.kind}`),
      ],
    }),
  );
  return {
    children,
    masthead: masthead !== undefined,
    footnote: {
      id: layout.footnoteId,
      mark: SPONSOR_FOOTNOTE_MARK,
      children: [new Paragraph({ style: furnitureStyleIds.footnote, children: [new TextRun(` ${sponsorLine.footnote}`)] })],
    },
  };
}
