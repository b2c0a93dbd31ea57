import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * HTML as UN sites, Word ("Save as Web Page") and pandoc write it, turned into
 * the Markdown the corpus reader already understands, so both formats share
 * one reader: paragraphs and list items become blocks, italics stay `*…*`
 * (leads are read from them), note references become `<sup>n</sup>`, the
 * notes themselves `[^n]: text`, tables pipe tables and rules `---`.
 */

const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'button', 'form', 'nav']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'center',
  'address',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'dt',
  'dd',
  'pre',
  'body',
  'html',
]);
/** Note references: pandoc `#fn1`, Word `#_ftn1` / `#_edn1`, others `#footnote-1`. */
const NOTE_LINK = /^#(?:_?ftn|_?edn|fn|footnote-?|note-?)(?:ref)?-?\d+$/i;
/** Where a note's own text starts: pandoc `id="fn1"`, Word `id="ftn1"`, others `id="footnote-1"`. */
const NOTE_ID = /^(?:_?ftn|_?edn|fn|footnote-?|note-?)-?(\d+)$/i;
/** A link back from a note to its reference: dropped with its arrow. */
const BACK_LINK = /^#(?:_?ftnref|_?ednref|fnref|footnote-?ref|note-?ref)-?\d+$/i;

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ');
}

/** The text under a node, read without recursion: a hostile file may nest elements thousands deep. */
function textOf(node: ChildNode): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (isText(next)) parts.push(next.data);
    else if (isTag(next) && !SKIPPED.has(next.name))
      for (let index = next.children.length - 1; index >= 0; index -= 1) stack.push(next.children[index]!);
  }
  return parts.join('');
}

/** Real documents nest a few dozen elements deep; below this, an element is read as its plain text. */
const MAX_DEPTH = 200;
let depth = 0;

function isSuperscript(element: Element): boolean {
  if (element.name === 'sup') return true;
  const style = (element.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  const className = element.attribs.class ?? '';
  return style.includes('vertical-align:super') || /MsoFootnoteReference|MsoEndnoteReference/i.test(className);
}

/** The note number a superscript or note link carries ("12", "[12]", "*"), if that is all it carries. */
function readNoteKey(element: Element): string | undefined {
  const match = /^\s*\[?\s*(\d{1,3}|\*{1,3})\s*\]?\s*$/.exec(textOf(element));
  return match?.[1];
}

function escapeCell(text: string): string {
  return collapse(text).trim().replace(/\|/g, '\\|');
}

class MarkdownWriter {
  private readonly out: string[] = [];
  private line = '';

  write(text: string): void {
    this.line += text;
  }

  /** Ends the current block with a blank line (a no-op when nothing was written). */
  endBlock(): void {
    const text = this.line.replace(/[ \t]+/g, ' ').trim();
    this.line = '';
    if (text !== '') this.out.push(text, '');
  }

  raw(lines: string[]): void {
    this.endBlock();
    this.out.push(...lines, '');
  }

  toString(): string {
    this.endBlock();
    return `${this.out.join('\n').trim()}\n`;
  }
}

function escapeText(text: string): string {
  return collapse(text).replace(/([\\*_[\]|])/g, '\\$1');
}

function writeInline(node: ChildNode, writer: MarkdownWriter): void {
  if (isText(node)) {
    writer.write(escapeText(node.data));
    return;
  }
  if (!isTag(node)) return;
  if (depth >= MAX_DEPTH) {
    if (!SKIPPED.has(node.name)) writer.write(escapeText(textOf(node)));
    return;
  }
  depth += 1;
  try {
    writeElement(node, writer);
  } finally {
    depth -= 1;
  }
}

function writeChildren(element: Element, writer: MarkdownWriter): void {
  for (const child of element.children) writeInline(child, writer);
}

function writeTable(table: Element, writer: MarkdownWriter): void {
  const rows: string[][] = [];
  const visit = (node: ChildNode): void => {
    if (!isTag(node)) return;
    if (node.name === 'table' && node !== table) {
      // A table inside a cell is read as the cell's text.
      return;
    }
    if (node.name === 'tr') {
      rows.push(
        node.children
          .filter(isTag)
          .filter((cell) => cell.name === 'td' || cell.name === 'th')
          .map((cell) => escapeCell(textOf(cell))),
      );
      return;
    }
    node.children.forEach(visit);
  };
  table.children.forEach(visit);
  const kept = rows.filter((row) => row.some((cell) => cell !== ''));
  if (kept.length === 0) return;
  const width = Math.max(...kept.map((row) => row.length));
  const lines = kept.map((row) => `| ${[...row, ...Array(width - row.length).fill('')].join(' | ')} |`);
  lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
  writer.raw(lines);
}

function writeList(list: Element, writer: MarkdownWriter): void {
  const items = list.children.filter(isTag).filter((child) => child.name === 'li');
  const type = list.attribs.type ?? '';
  let number = Number(list.attribs.start ?? '1') || 1;
  for (const item of items) {
    const noteId = NOTE_ID.exec(item.attribs.id ?? '');
    writer.endBlock();
    if (noteId) {
      writer.write(`[^${noteId[1]}]: `);
      writeChildren(item, new InlineOnly(writer));
      writer.endBlock();
      continue;
    }
    if (list.name === 'ol') {
      const value = Number(item.attribs.value ?? number) || number;
      writer.write(type === 'a' ? `(${String.fromCharCode(96 + Math.min(value, 26))}) ` : type === 'i' ? '' : `${value}. `);
      number = value + 1;
    }
    writeChildren(item, new InlineOnly(writer));
    writer.endBlock();
  }
}

/** Writes block content as one block: the paragraphs inside a note or list item are joined by spaces. */
class InlineOnly extends MarkdownWriter {
  constructor(private readonly target: MarkdownWriter) {
    super();
  }

  override write(text: string): void {
    this.target.write(text);
  }

  override endBlock(): void {
    this.target.write(' ');
  }

  override raw(lines: string[]): void {
    this.target.write(` ${lines.join(' ')} `);
  }
}

/** A note reference ("<sup>2</sup>", Word's "[2]" link) as the Markdown reader's marker; false when the element is not one. */
function writeNoteReference(element: Element, writer: MarkdownWriter): boolean {
  const href = element.name === 'a' ? (element.attribs.href ?? '') : '';
  if (element.name === 'a' && !NOTE_LINK.test(href)) return false;
  if (element.name !== 'a' && !isSuperscript(element)) return false;
  const key = readNoteKey(element);
  if (key) writer.write(`<sup>${key}</sup>`);
  return key !== undefined;
}

function writeStructure(element: Element, writer: MarkdownWriter): boolean {
  switch (element.name) {
    case 'br':
      writer.write(' ');
      return true;
    case 'hr':
      writer.raw(['---']);
      return true;
    case 'table':
      writeTable(element, writer);
      return true;
    case 'ul':
    case 'ol':
      writeList(element, writer);
      return true;
    default:
      return false;
  }
}

function writeElement(element: Element, writer: MarkdownWriter): void {
  const name = element.name;
  if (SKIPPED.has(name) || writeStructure(element, writer)) return;
  if (name === 'a' && BACK_LINK.test(element.attribs.href ?? '')) return;
  if (writeNoteReference(element, writer)) return;
  if (name === 'a' || isSuperscript(element)) {
    writeChildren(element, writer);
    return;
  }
  if (name === 'i' || name === 'em') {
    const inner = collapse(textOf(element));
    if (inner.trim() === '') {
      writer.write(inner);
      return;
    }
    // Spaces stay outside the stars, or the Markdown reader would not see emphasis.
    const lead = /^\s*/.exec(inner)?.[0] ?? '';
    const trail = /\s*$/.exec(inner)?.[0] ?? '';
    writer.write(lead === '' ? '' : ' ');
    writer.write('*');
    writeChildren(element, new TrimmedInline(writer));
    writer.write('*');
    writer.write(trail === '' ? '' : ' ');
    return;
  }
  const noteId = NOTE_ID.exec(element.attribs.id ?? '');
  if (noteId && BLOCKS.has(name)) {
    // Word's note: <div id="ftn1"><p><a href="#_ftnref1">[1]</a> text</p></div>
    writer.endBlock();
    writer.write(`[^${noteId[1]}]: `);
    writeChildren(element, new InlineOnly(writer));
    writer.endBlock();
    return;
  }
  if (BLOCKS.has(name)) {
    writer.endBlock();
    if (/^h[1-6]$/.test(name)) writer.write(`${'#'.repeat(Number(name.charAt(1)))} `);
    writeChildren(element, writer);
    writer.endBlock();
    return;
  }
  writeChildren(element, writer);
}

/** Inside emphasis: the text's own leading and trailing spaces are written outside the stars. */
class TrimmedInline extends InlineOnly {
  private started = false;
  private pending = '';

  override write(text: string): void {
    const piece = this.started ? text : text.replace(/^\s+/, '');
    if (piece === '') return;
    this.started = true;
    const trimmed = piece.replace(/\s+$/, '');
    if (trimmed === '') {
      this.pending += piece;
      return;
    }
    super.write(this.pending + trimmed);
    this.pending = piece.slice(trimmed.length);
  }
}

/** Converts an HTML document to Markdown for `readMarkdownBlocks`. */
export function readHtmlAsMarkdown(html: string): string {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const writer = new MarkdownWriter();
  for (const child of document.children) writeInline(child, writer);
  return writer.toString();
}
