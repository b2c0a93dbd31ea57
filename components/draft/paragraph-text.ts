import type { Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';
import { hardBreakNodeName } from '@/lib/editor';

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

/**
 * The paragraphs in a paste, or null when it is a single paragraph the editor
 * can take as it is. Plain text is split at blank lines; single line breaks
 * (hard wraps copied from PDFs) become spaces.
 */
export function readPastedParagraphs(clipboard: DataTransfer | null, slice: Slice): string[] | null {
  const html = clipboard?.getData('text/html') ?? '';
  if (html.trim().length > 0) {
    const blocks: string[] = [];
    slice.content.forEach((node) => {
      const text = tidy(node.textContent);
      if (text.length > 0) blocks.push(text);
    });
    return blocks.length > 1 ? blocks : null;
  }
  const text = clipboard?.getData('text/plain') ?? '';
  if (!/\r|\n/.test(text)) return null;
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map(tidy)
    .filter((part) => part.length > 0);
}
