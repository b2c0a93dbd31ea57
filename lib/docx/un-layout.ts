/**
 * The UN resolution layout shared by every export: A4, Times New Roman 12,
 * named paragraph styles (so a delegate restyling the file in Word keeps the
 * structure) and one Word list for operative paragraphs and their subparagraphs.
 */

import {
  AlignmentType,
  Document,
  Header,
  LevelFormat,
  LevelSuffix,
  PageOrientation,
  Packer,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
  type ICommentOptions,
  type IParagraphOptions,
} from 'docx';
import { buildFurniture, type BuiltFurniture } from './build-furniture';
import { statusCharacterStyle } from './build-status-mark';
import { furnitureStyles } from './furniture-styles';
import type { DocumentFurniture, ParagraphKind } from './types';
import { writeCustomFootnoteMarks, type CustomFootnoteMark } from './write-custom-footnote-marks';

export const A4_WIDTH_TWIPS = 11906;
export const A4_HEIGHT_TWIPS = 16838;
export const BODY_FONT = 'Times New Roman';
/** Half-points: 24 is 12 pt. */
const BODY_SIZE = 24;
const MARGIN_TWIPS = 1417;
/** 1.27 cm, the UN first-line indent. */
const INDENT_STEP = 720;
/** Distance from a list label to the text that follows it. */
const LABEL_GAP = 567;

export const RESOLUTION_LIST = 'un-resolution';

export const styleIds = {
  title: 'ResolutionTitle',
  chapeau: 'Chapeau',
  preambular: 'Preambular',
  operative: 'Operative',
  subparagraph1: 'Subparagraph',
  subparagraph2: 'Subsubparagraph',
} as const;

function labelIndent(level: number): number {
  return INDENT_STEP + level * LABEL_GAP;
}

/**
 * Word numbering instead of typed numbers: Word renumbers when a delegate adds
 * a paragraph, and an inserted paragraph in a tracked revision does not turn
 * every later number into a change.
 */
export const resolutionNumbering = {
  reference: RESOLUTION_LIST,
  levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
    { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)' },
    { level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)' },
  ].map((level) => ({
    ...level,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: { paragraph: { indent: { left: 0, firstLine: labelIndent(level.level) } } },
  })),
};

function buildBodyStyle(id: string, name: string, firstLine: number, tab?: number) {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: id,
    quickFormat: true,
    paragraph: {
      indent: { left: 0, firstLine },
      alignment: AlignmentType.JUSTIFIED,
      ...(tab ? { tabStops: [{ type: TabStopType.LEFT, position: tab }] } : {}),
    },
  };
}

const paragraphStyles = [
  {
    id: styleIds.title,
    name: 'Resolution title',
    basedOn: 'Normal',
    next: styleIds.chapeau,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, keepNext: true },
    run: { bold: true },
  },
  { ...buildBodyStyle(styleIds.chapeau, 'Chapeau', INDENT_STEP), run: { italics: true } },
  buildBodyStyle(styleIds.preambular, 'Preambular paragraph', INDENT_STEP),
  buildBodyStyle(styleIds.operative, 'Operative paragraph', labelIndent(0), labelIndent(1)),
  buildBodyStyle(styleIds.subparagraph1, 'Subparagraph', labelIndent(1), labelIndent(2)),
  buildBodyStyle(styleIds.subparagraph2, 'Subsubparagraph', labelIndent(2), labelIndent(3)),
  ...furnitureStyles,
];

/** Style, list and indentation of a body paragraph. */
export function buildParagraphLayout(kind: ParagraphKind, depth = 1): IParagraphOptions {
  if (kind === 'preambular') return { style: styleIds.preambular };
  if (kind === 'operative') return { style: styleIds.operative, numbering: { reference: RESOLUTION_LIST, level: 0 } };
  const level = depth >= 2 ? 2 : 1;
  return {
    style: level === 2 ? styleIds.subparagraph2 : styleIds.subparagraph1,
    numbering: { reference: RESOLUTION_LIST, level },
  };
}

export interface UnDocumentOptions {
  children: FileChild[];
  symbol?: string;
  date?: string;
  landscape?: boolean;
  footnotes?: Record<number, { children: Paragraph[] }>;
  /** Turn on Word's "Track changes" so the delegates' further edits are tracked too. */
  trackRevisions?: boolean;
  /** Printed above the children on page 1; its symbol and date win over `symbol` and `date`. */
  furniture?: DocumentFurniture;
  /** Word comments the children refer to (see WordCommentWriter). */
  comments?: { children: ICommentOptions[] };
}

function buildHeaderLine(text: string, bold: boolean): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, bold })] });
}

function buildHeader(symbol?: string, date?: string): Header | undefined {
  const lines = [symbol, date].filter((line): line is string => Boolean(line));
  if (lines.length === 0) return undefined;
  return new Header({ children: lines.map((line, index) => buildHeaderLine(line, index === 0 && Boolean(symbol))) });
}

/**
 * Where the masthead prints the symbol on page 1, later pages carry it in their running header, as UN documents
 * do; otherwise every page carries the symbol and date as before.
 */
function buildHeaders(symbol: string | undefined, date: string | undefined, furniture: BuiltFurniture | undefined) {
  if (!furniture?.masthead) {
    const header = buildHeader(symbol, date);
    return header ? { headers: { default: header } } : {};
  }
  return {
    properties: { titlePage: true },
    headers: {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: new Header({ children: [symbol ? buildHeaderLine(symbol, true) : new Paragraph({ children: [] })] }),
    },
  };
}

/** Footnote marks that are not numbers, by document, for `packDocument` to write into the footnotes part. */
const customFootnoteMarks = new WeakMap<Document, CustomFootnoteMark[]>();

function hasFields(furniture: DocumentFurniture | undefined): furniture is DocumentFurniture {
  return furniture !== undefined && Object.values(furniture).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value)));
}

export function createUnDocument(options: UnDocumentOptions): Document {
  const symbol = options.furniture?.symbol || options.symbol;
  const date = options.furniture?.date || options.date;
  const pageWidth = options.landscape ? A4_HEIGHT_TWIPS : A4_WIDTH_TWIPS;
  const furniture = hasFields(options.furniture)
    ? buildFurniture(options.furniture, {
        ...(symbol ? { symbol } : {}),
        ...(date ? { date } : {}),
        textWidth: pageWidth - 2 * MARGIN_TWIPS,
        footnoteId: Math.max(0, ...Object.keys(options.footnotes ?? {}).map(Number)) + 1,
      })
    : undefined;
  const footnotes = furniture?.footnote
    ? { ...options.footnotes, [furniture.footnote.id]: { children: furniture.footnote.children } }
    : options.footnotes;
  const { properties: headerProperties, headers } = buildHeaders(symbol, date, furniture);
  const document = new Document({
    creator: 'Zero Draft',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: BODY_SIZE },
          paragraph: { spacing: { after: 120, line: 240 } },
        },
      },
      paragraphStyles,
      characterStyles: [statusCharacterStyle],
    },
    numbering: { config: [resolutionNumbering] },
    ...(footnotes ? { footnotes } : {}),
    ...(options.comments ? { comments: options.comments } : {}),
    ...(options.trackRevisions ? { features: { trackRevisions: true } } : {}),
    sections: [
      {
        properties: {
          ...headerProperties,
          page: {
            size: {
              width: A4_WIDTH_TWIPS,
              height: A4_HEIGHT_TWIPS,
              orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS, right: MARGIN_TWIPS },
          },
        },
        ...(headers ? { headers } : {}),
        children: [...(furniture?.children ?? []), ...options.children],
      },
    ],
  });
  if (furniture?.footnote) customFootnoteMarks.set(document, [{ id: furniture.footnote.id, mark: furniture.footnote.mark }]);
  return document;
}

export function buildTitleParagraph(title: string): Paragraph {
  return new Paragraph({ style: styleIds.title, children: [new TextRun({ text: title, bold: true })] });
}

export async function packDocument(document: Document): Promise<Buffer> {
  const buffer = await Packer.toBuffer(document);
  const marks = customFootnoteMarks.get(document);
  return marks ? writeCustomFootnoteMarks(buffer, marks) : buffer;
}
