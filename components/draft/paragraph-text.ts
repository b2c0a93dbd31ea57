import type { Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';
import { isMarkedParagraph, splitPastedText } from '@/lib/draft/shape-pasted-paragraphs';
import { hardBreakNodeName } from '@/lib/editor';
import { numberToLetter, numberToRoman } from '@/lib/corpus/refs';

function measureInline(node: ProseMirrorNode): number {
  if (node.isText) return node.text?.length ?? 0;
  return node.type.name === hardBreakNodeName ? 1 : 0;
}

/**
 * The plain-text offset of an editor position, counted the way the draft
 * model splits fragments: blocks joined by one newline, a hard break as one
 * character, footnotes as none.
 */
export function measureTextOffset(doc: ProseMirrorNode, pos: number): number {
  let offset = 0;
  for (let index = 0, blockStart = 0; index < doc.childCount; index++) {
    const block = doc.child(index);
    if (index > 0) offset += 1;
    const contentStart = blockStart + 1;
    const contentEnd = contentStart + block.content.size;
    if (pos <= contentEnd) {
      for (let child = 0, childPos = contentStart; child < block.childCount && childPos < pos; child++) {
        const node = block.child(child);
        offset += node.isText ? Math.min(node.nodeSize, pos - childPos) : measureInline(node);
        childPos += node.nodeSize;
      }
      return offset;
    }
    block.forEach((node) => {
      offset += measureInline(node);
    });
    blockStart += block.nodeSize;
  }
  return offset;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
]);
const SKIPPED_TAGS = new Set(['HEAD', 'META', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE', 'XML']);

/**
 * The number an ordered list's item shows, written as the UN writes it: a
 * list item's number is drawn by the browser, not part of its text, so it is
 * put back for the paste rules to read.
 */
function formatListMarker(value: number, type: string | null, level: number): string {
  const style = type ?? ['1', 'a', 'i'][Math.min(level, 2)];
  if (style === 'a' || style === 'A') return `(${numberToLetter(value)})`;
  if (style === 'i' || style === 'I') return `(${numberToRoman(value)})`;
  return `${value}.`;
}

/**
 * The block texts of pasted HTML (a browser page, Word), with ordered list
 * items given their numbers back. Word writes its numbers as text already.
 */
function readHtmlParagraphs(html: string): string[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const blocks: string[] = [];
  let marker = '';
  let buffer = '';
  const flush = () => {
    const text = tidy(buffer);
    buffer = '';
    if (text.length === 0) return;
    blocks.push(marker ? `${marker} ${text}` : text);
    marker = '';
  };
  const visit = (node: Node, level: number): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element) || SKIPPED_TAGS.has(node.tagName)) return;
    const tag = node.tagName;
    if (tag === 'BR') {
      buffer += ' ';
      return;
    }
    if (tag === 'OL' || tag === 'UL') {
      flush();
      const start = Number(node.getAttribute('start') ?? '1');
      let value = Number.isInteger(start) ? start : 1;
      for (const item of Array.from(node.children)) {
        flush();
        if (item.tagName === 'LI') {
          if (tag === 'OL') marker = formatListMarker(value, node.getAttribute('type'), level);
          value += 1;
        }
        for (const child of Array.from(item.childNodes)) visit(child, level + 1);
        flush();
      }
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child, level);
    if (block) flush();
  };
  visit(body, 0);
  flush();
  return blocks;
}

function readSliceBlocks(slice: Slice): string[] {
  const blocks: string[] = [];
  slice.content.forEach((node) => {
    const text = tidy(node.textContent);
    if (text.length > 0) blocks.push(text);
  });
  return blocks;
}

/**
 * The paragraphs in a paste, numbers and letters still on, or null when it is
 * a single paragraph the editor can take as it is. Plain text is split where
 * a paragraph ends (see splitPastedText); HTML at its blocks. A single line
 * that says it is a paragraph ("1. Requests …") is returned, to be shaped.
 */
export function readPastedParagraphs(clipboard: DataTransfer | null, slice: Slice): string[] | null {
  const html = clipboard?.getData('text/html') ?? '';
  let blocks: string[];
  if (html.trim().length > 0) {
    blocks = typeof DOMParser === 'undefined' ? readSliceBlocks(slice) : readHtmlParagraphs(html);
  } else {
    const text = clipboard?.getData('text/plain') ?? '';
    blocks = splitPastedText(text);
  }
  if (blocks.length === 0) return null;
  if (blocks.length === 1 && !isMarkedParagraph(blocks[0]!)) return null;
  return blocks;
}
