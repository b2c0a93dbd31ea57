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
  type IParagraphOptions,
} from 'docx';
import { statusCharacterStyle } from './build-status-mark';
import type { ParagraphKind } from './types';

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
}

function buildHeader(symbol?: string, date?: string): Header | undefined {
  const lines = [symbol, date].filter((line): line is string => Boolean(line));
  if (lines.length === 0) return undefined;
  return new Header({
    children: lines.map(
      (line, index) =>
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: line, bold: index === 0 && Boolean(symbol) })] }),
    ),
  });
}

export function createUnDocument(options: UnDocumentOptions): Document {
  const header = buildHeader(options.symbol, options.date);
  return new Document({
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
    ...(options.footnotes ? { footnotes: options.footnotes } : {}),
    ...(options.trackRevisions ? { features: { trackRevisions: true } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4_WIDTH_TWIPS,
              height: A4_HEIGHT_TWIPS,
              orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS, right: MARGIN_TWIPS },
          },
        },
        ...(header ? { headers: { default: header } } : {}),
        children: options.children,
      },
    ],
  });
}

export function buildTitleParagraph(title: string): Paragraph {
  return new Paragraph({ style: styleIds.title, children: [new TextRun({ text: title, bold: true })] });
}

export async function packDocument(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
