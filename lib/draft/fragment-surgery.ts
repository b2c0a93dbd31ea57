import * as Y from 'yjs';
import { appendRuns, blockNodeName, hardBreakNodeName, type InlineRun } from '@/lib/editor';

type Child = Y.XmlElement | Y.XmlText;

function readRuns(text: Y.XmlText, from = 0): InlineRun[] {
  const runs: InlineRun[] = [];
  let position = 0;
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') {
      position += 1;
      continue;
    }
    const end = position + op.insert.length;
    if (end > from) runs.push({ text: op.insert.slice(Math.max(0, from - position)), attributes: op.attributes });
    position = end;
  }
  return runs;
}

/**
 * Appends a copy of an inline child to a block. Text goes into the block's last
 * XmlText when there is one, because the editor binding expects one XmlText per
 * run of text, not two side by side.
 */
function appendInlineCopy(target: Y.XmlElement, child: Child, from = 0): void {
  if (child instanceof Y.XmlText) {
    const runs = readRuns(child, from);
    if (runs.length === 0) return;
    let last = target.length > 0 ? target.get(target.length - 1) : undefined;
    if (!(last instanceof Y.XmlText)) {
      last = new Y.XmlText();
      target.insert(target.length, [last]);
    }
    appendRuns(last as Y.XmlText, runs);
    return;
  }
  target.insert(target.length, [child.clone()]);
}

/** The block to append inline content to: the last one, created if the fragment is empty. */
export function ensureLastBlock(fragment: Y.XmlFragment): Y.XmlElement {
  const last = fragment.length > 0 ? fragment.get(fragment.length - 1) : undefined;
  if (last instanceof Y.XmlElement) return last;
  const block = new Y.XmlElement(blockNodeName);
  fragment.insert(fragment.length, [block]);
  return block;
}

function measureInline(child: Child): number {
  if (child instanceof Y.XmlText) return child.length;
  return child.nodeName === hardBreakNodeName ? 1 : 0;
}

function measureBlock(block: Y.XmlElement | Y.XmlText): number {
  if (block instanceof Y.XmlText) return block.length;
  return block.toArray().reduce((sum, child) => sum + measureInline(child as Child), 0);
}

/**
 * Moves everything after plain-text `offset` of `source` to the end of
 * `target` (blocks count as joined by one newline, as in `readFragmentText`).
 * Text before the offset is only shortened, never rewritten, so edits made
 * there concurrently survive. Call inside a transaction.
 */
export function moveFragmentTail(source: Y.XmlFragment, offset: number, target: Y.XmlFragment): void {
  const blocks = source.toArray() as (Y.XmlElement | Y.XmlText)[];
  let remaining = Math.max(0, offset);
  let blockIndex = 0;
  while (blockIndex < blocks.length - 1 && remaining > measureBlock(blocks[blockIndex]!)) {
    remaining -= measureBlock(blocks[blockIndex]!) + 1;
    blockIndex++;
  }
  const block = blocks[blockIndex];
  if (block instanceof Y.XmlElement) {
    const into = ensureLastBlock(target);
    const children = block.toArray() as Child[];
    let firstMoved = -1;
    let textCut: { text: Y.XmlText; at: number } | undefined;
    children.forEach((child, index) => {
      if (firstMoved !== -1) {
        appendInlineCopy(into, child);
        return;
      }
      const size = measureInline(child);
      if (child instanceof Y.XmlText) {
        if (remaining >= size) {
          remaining -= size;
          return;
        }
        appendInlineCopy(into, child, remaining);
        textCut = { text: child, at: remaining };
        firstMoved = index + 1;
        return;
      }
      if (size > 0 && remaining >= size) {
        remaining -= size;
        return;
      }
      if (size > 0) {
        appendInlineCopy(into, child);
        firstMoved = index;
      }
    });
    if (firstMoved !== -1 && firstMoved < children.length) block.delete(firstMoved, children.length - firstMoved);
    if (textCut) {
      const { text, at } = textCut;
      if (text.length > at) text.delete(at, text.length - at);
    }
  }
  const later = blocks.slice(blockIndex + 1);
  if (later.length > 0) {
    target.insert(
      target.length,
      later.map((b) => b.clone()),
    );
    source.delete(blockIndex + 1, later.length);
  }
}

/** Appends `source`'s content to `target`: its first block joins the target's last block. Call inside a transaction. */
export function appendFragment(target: Y.XmlFragment, source: Y.XmlFragment): void {
  const blocks = source.toArray() as (Y.XmlElement | Y.XmlText)[];
  if (blocks.length === 0) return;
  const [first, ...rest] = blocks;
  const into = ensureLastBlock(target);
  if (first instanceof Y.XmlElement) {
    for (const child of first.toArray() as Child[]) appendInlineCopy(into, child);
  } else if (first) {
    appendInlineCopy(into, first);
  }
  if (rest.length > 0)
    target.insert(
      target.length,
      rest.map((b) => b.clone()),
    );
}
