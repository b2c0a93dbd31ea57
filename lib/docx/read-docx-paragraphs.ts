import { isFurnitureStyle } from './furniture-styles';
import { readNumberingProperties, readToggle, type NumberingReference, type WordStyles } from './read-word-styles';
import { STATUS_STYLE } from './build-status-mark';
import { findElement, listElements, type XmlElement } from './read-xml';

export interface Revision {
  type: 'insertion' | 'deletion';
  author: string;
  date?: string;
}

export interface Segment {
  text: string;
  italic: boolean;
  bold: boolean;
  revision?: Revision;
}

/** One `w:p` as found, before any classification. */
export interface RawParagraph {
  segments: Segment[];
  footnoteIds: string[];
  commentIds: string[];
  /** Null when the paragraph explicitly switches a style's list off. */
  numbering?: NumberingReference | null;
  centered: boolean;
  /** A tracked paragraph mark: inserted (split or new paragraph) or deleted (merge). */
  mark?: Revision;
  inTable: boolean;
}

export interface ReadNotes {
  tables: number;
  moves: number;
  formatChanges: number;
  textBoxes: number;
}

const SKIPPED_INLINE = new Set([
  'w:pPr',
  'w:rPr',
  'w:instrText',
  'w:delInstrText',
  'w:fldChar',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:proofErr',
  'w:lastRenderedPageBreak',
]);

function readRevision(element: XmlElement, type: Revision['type']): Revision {
  const date = element.attributes['w:date'];
  return { type, author: element.attributes['w:author']?.trim() || 'Unknown', ...(date ? { date } : {}) };
}

interface InlineContext {
  revision?: Revision;
  paragraphStyleItalic?: boolean;
  paragraphStyleBold?: boolean;
}

export function readDocxParagraphs(body: XmlElement, styles: WordStyles): { paragraphs: RawParagraph[]; notes: ReadNotes } {
  const paragraphs: RawParagraph[] = [];
  const notes: ReadNotes = { tables: 0, moves: 0, formatChanges: 0, textBoxes: 0 };

  const readRun = (run: XmlElement, paragraph: RawParagraph, context: InlineContext) => {
    const properties = findElement(run, 'w:rPr');
    if (findElement(properties, 'w:rPrChange')) notes.formatChanges += 1;
    const runStyleId = findElement(properties, 'w:rStyle')?.attributes['w:val'];
    // Our status mark ("(agreed ad ref)") describes the paragraph; it is not its text.
    if (runStyleId === STATUS_STYLE) return;
    const runStyle = styles.readStyle(runStyleId);
    const italic = readToggle(findElement(properties, 'w:i')) ?? runStyle.italic ?? context.paragraphStyleItalic ?? styles.defaultItalic;
    const bold = readToggle(findElement(properties, 'w:b')) ?? runStyle.bold ?? context.paragraphStyleBold ?? false;
    const push = (text: string) => {
      if (!text) return;
      const last = paragraph.segments.at(-1);
      if (last && last.italic === italic && last.bold === bold && last.revision === context.revision) last.text += text;
      else paragraph.segments.push({ text, italic, bold, ...(context.revision ? { revision: context.revision } : {}) });
    };
    for (const child of listElements(run)) {
      switch (child.name) {
        case 'w:t':
        case 'w:delText':
          push(child.children.filter((node): node is string => typeof node === 'string').join(''));
          break;
        case 'w:tab':
        case 'w:ptab':
          push('\t');
          break;
        case 'w:br': {
          const type = child.attributes['w:type'];
          if (type === undefined || type === 'textWrapping') push('\n');
          break;
        }
        case 'w:cr':
          push('\n');
          break;
        case 'w:noBreakHyphen':
          push('-');
          break;
        case 'w:footnoteReference':
          if (child.attributes['w:id']) paragraph.footnoteIds.push(child.attributes['w:id']);
          break;
        case 'w:commentReference':
          if (child.attributes['w:id'] && !paragraph.commentIds.includes(child.attributes['w:id'])) {
            paragraph.commentIds.push(child.attributes['w:id']);
          }
          break;
        case 'w:drawing':
        case 'w:pict':
          if (JSON.stringify(child).includes('w:txbxContent')) notes.textBoxes += 1;
          break;
        default:
          break;
      }
    }
  };

  const readInline = (element: XmlElement, paragraph: RawParagraph, context: InlineContext) => {
    for (const child of listElements(element)) {
      if (SKIPPED_INLINE.has(child.name)) continue;
      switch (child.name) {
        case 'w:r':
          readRun(child, paragraph, context);
          break;
        case 'w:ins':
          readInline(child, paragraph, { ...context, revision: readRevision(child, 'insertion') });
          break;
        case 'w:del':
          readInline(child, paragraph, { ...context, revision: readRevision(child, 'deletion') });
          break;
        case 'w:moveTo':
          notes.moves += 1;
          readInline(child, paragraph, { ...context, revision: readRevision(child, 'insertion') });
          break;
        case 'w:moveFrom':
          notes.moves += 1;
          readInline(child, paragraph, { ...context, revision: readRevision(child, 'deletion') });
          break;
        case 'w:commentRangeStart':
          if (child.attributes['w:id'] && !paragraph.commentIds.includes(child.attributes['w:id'])) {
            paragraph.commentIds.push(child.attributes['w:id']);
          }
          break;
        default:
          // Hyperlinks, smart tags, content controls, simple fields: their runs are text too.
          readInline(child, paragraph, context);
      }
    }
  };

  const readParagraph = (element: XmlElement, inTable: boolean) => {
    const properties = findElement(element, 'w:pPr');
    const styleId = findElement(properties, 'w:pStyle')?.attributes['w:val'];
    // Our own exports print the document's furniture (masthead, sponsor line) in named styles: it is not draft text.
    if (isFurnitureStyle(styleId)) return;
    const paragraphStyle = styles.readStyle(styleId);
    const direct = readNumberingProperties(findElement(properties, 'w:numPr'));
    const markProperties = findElement(properties, 'w:rPr');
    const insertedMark = findElement(markProperties, 'w:ins') ?? findElement(markProperties, 'w:moveTo');
    const deletedMark = findElement(markProperties, 'w:del') ?? findElement(markProperties, 'w:moveFrom');
    if (findElement(properties, 'w:pPrChange')) notes.formatChanges += 1;
    const justification = findElement(properties, 'w:jc')?.attributes['w:val'];

    let numbering: NumberingReference | null | undefined = paragraphStyle.numbering;
    if (direct) {
      const numId = direct.numId ?? paragraphStyle.numbering?.numId;
      numbering = numId === undefined || numId === '0' ? null : { numId, level: direct.level ?? paragraphStyle.numbering?.level ?? 0 };
    }
    const paragraph: RawParagraph = {
      segments: [],
      footnoteIds: [],
      commentIds: [],
      ...(numbering !== undefined ? { numbering } : {}),
      centered: justification !== undefined ? justification === 'center' : (paragraphStyle.centered ?? false),
      ...(insertedMark
        ? { mark: readRevision(insertedMark, 'insertion') }
        : deletedMark
          ? { mark: readRevision(deletedMark, 'deletion') }
          : {}),
      inTable,
    };
    readInline(element, paragraph, {
      ...(paragraphStyle.italic !== undefined ? { paragraphStyleItalic: paragraphStyle.italic } : {}),
      ...(paragraphStyle.bold !== undefined ? { paragraphStyleBold: paragraphStyle.bold } : {}),
    });
    paragraphs.push(paragraph);
  };

  const readBlocks = (element: XmlElement, inTable: boolean) => {
    for (const child of listElements(element)) {
      if (child.name === 'w:p') readParagraph(child, inTable);
      else if (child.name === 'w:tbl') {
        const before = paragraphs.length;
        readBlocks(child, true);
        // A masthead holds furniture only, and reads as no table at all.
        if (paragraphs.length > before) notes.tables += 1;
      } else if (child.name !== 'w:sectPr' && child.name !== 'w:tblPr' && child.name !== 'w:tblGrid') {
        readBlocks(child, inTable);
      }
    }
  };

  readBlocks(body, false);
  return { paragraphs, notes };
}

/** Plain text of a part made of paragraphs (a comment, a footnote), tracked insertions left out. */
export function readPlainText(element: XmlElement): string {
  const lines: string[] = [];
  const visit = (node: XmlElement, into: string[]) => {
    for (const child of listElements(node)) {
      if (child.name === 'w:ins' || child.name === 'w:moveTo' || SKIPPED_INLINE.has(child.name)) continue;
      if (child.name === 'w:t' || child.name === 'w:delText') {
        into.push(child.children.filter((text): text is string => typeof text === 'string').join(''));
      } else if (child.name === 'w:tab') {
        into.push('\t');
      } else if (child.name === 'w:p') {
        const parts: string[] = [];
        visit(child, parts);
        lines.push(parts.join(''));
      } else {
        visit(child, into);
      }
    }
  };
  visit(element, []);
  return lines.join('\n').trim();
}
