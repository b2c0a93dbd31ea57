import * as Y from 'yjs';
import type { DiffOp } from '@/lib/compare/types';
import { blockNodeName, footnoteNodeName, hardBreakNodeName } from '@/lib/editor';

type Attributes = Record<string, unknown>;

/** A run of characters of one XmlText and where it sits in the paragraph's plain text. */
interface TextSegment {
  text: Y.XmlText;
  /** Offset in the plain text (as readFragmentText counts it). */
  start: number;
  length: number;
  /** Index inside the XmlText; embeds there take an index but no plain-text character. */
  index: number;
}

/**
 * Maps the plain text of a paragraph (blocks joined by a newline, hard breaks
 * as newlines, footnotes left out, exactly as readFragmentText) onto the
 * XmlTexts that hold it, so edits can be made in place instead of rewriting
 * the paragraph: other people's carets and concurrent keystrokes survive.
 */
function mapSegments(fragment: Y.XmlFragment): { segments: TextSegment[]; length: number } {
  const segments: TextSegment[] = [];
  let offset = 0;
  const visitText = (text: Y.XmlText) => {
    let index = 0;
    for (const op of text.toDelta() as { insert: unknown }[]) {
      if (typeof op.insert === 'string') {
        segments.push({ text, start: offset, length: op.insert.length, index });
        offset += op.insert.length;
        index += op.insert.length;
      } else {
        index += 1;
      }
    }
  };
  const visitInline = (element: Y.XmlElement) => {
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlText) visitText(child);
      else if (child instanceof Y.XmlElement && child.nodeName === hardBreakNodeName) offset += 1;
      else if (child instanceof Y.XmlElement && child.nodeName !== footnoteNodeName) visitInline(child);
    }
  };
  fragment.toArray().forEach((block, position) => {
    if (position > 0) offset += 1;
    if (block instanceof Y.XmlText) visitText(block);
    else if (block instanceof Y.XmlElement) visitInline(block);
  });
  return { segments, length: offset };
}

function readAttributesAtIndex(text: Y.XmlText, index: number): Attributes {
  let position = 0;
  for (const op of text.toDelta() as { insert: unknown; attributes?: Attributes }[]) {
    const size = typeof op.insert === 'string' ? op.insert.length : 1;
    if (index < position + size) return { ...(op.attributes ?? {}) };
    position += size;
  }
  return {};
}

/** Formatting of the character at a plain-text offset (or of the last one when the offset is the end). */
export function readAttributesAt(fragment: Y.XmlFragment, offset: number): Attributes | null {
  const { segments } = mapSegments(fragment);
  const inside = segments.find((s) => s.start <= offset && offset < s.start + s.length);
  const segment = inside ?? (offset > 0 ? segments.find((s) => s.start < offset && offset <= s.start + s.length) : undefined);
  if (!segment) return null;
  const at = inside ? offset : offset - 1;
  return readAttributesAtIndex(segment.text, segment.index + (at - segment.start));
}

/** Deletes a plain-text range; newlines that stand for block or hard-break boundaries are kept. Call inside a transaction. */
export function deleteTextRange(fragment: Y.XmlFragment, from: number, to: number): void {
  const { segments } = mapSegments(fragment);
  for (const segment of [...segments].reverse()) {
    const start = Math.max(from, segment.start);
    const end = Math.min(to, segment.start + segment.length);
    if (start < end) segment.text.delete(segment.index + (start - segment.start), end - start);
  }
}

/**
 * Inserts text at a plain-text offset with the formatting of the character
 * before it (as typing would), adjusted by `override` (null removes a mark).
 * Call inside a transaction.
 */
export function insertTextAt(fragment: Y.XmlFragment, offset: number, value: string, override: Attributes = {}): void {
  if (value.length === 0) return;
  const { segments } = mapSegments(fragment);
  const before = segments.find((s) => s.start < offset && offset <= s.start + s.length);
  const after = segments.find((s) => s.start === offset);
  let target: { text: Y.XmlText; index: number; inherited: Attributes };
  if (before) {
    const index = before.index + (offset - before.start);
    target = { text: before.text, index, inherited: readAttributesAtIndex(before.text, index - 1) };
  } else if (after) {
    target = { text: after.text, index: after.index, inherited: readAttributesAtIndex(after.text, after.index) };
  } else {
    target = { ...findEmptyTextAt(fragment, offset), inherited: {} };
  }
  const attributes: Attributes = { ...target.inherited };
  for (const [key, mark] of Object.entries(override)) {
    if (mark === null) delete attributes[key];
    else attributes[key] = mark;
  }
  // An explicit attribute object keeps the insert from picking up formatting Yjs would otherwise carry over.
  target.text.insert(target.index, value, attributes);
}

/** Where to type in a block that has no text yet (an empty paragraph, or an offset after a hard break). */
function findEmptyTextAt(fragment: Y.XmlFragment, offset: number): { text: Y.XmlText; index: number } {
  let remaining = offset;
  let block: Y.XmlElement | undefined;
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    block = child;
    const size = child.toArray().reduce((sum, inline) => {
      if (inline instanceof Y.XmlText) return sum + inline.length;
      return sum + (inline instanceof Y.XmlElement && inline.nodeName === hardBreakNodeName ? 1 : 0);
    }, 0);
    if (remaining <= size) break;
    remaining -= size + 1;
  }
  if (!block) {
    block = new Y.XmlElement(blockNodeName);
    fragment.insert(fragment.length, [block]);
  }
  const last = block.length > 0 ? block.get(block.length - 1) : undefined;
  if (last instanceof Y.XmlText) return { text: last, index: last.length };
  const text = new Y.XmlText();
  block.insert(block.length, [text]);
  return { text, index: 0 };
}

/**
 * Applies word ops (diff-match-patch convention, covering the whole old text)
 * to the fragment: only the changed words are touched. Inserted text gets the
 * `override` attributes. Edits run from the end backwards so earlier offsets
 * stay valid. Call inside a transaction.
 */
export function applyTextOps(fragment: Y.XmlFragment, ops: readonly DiffOp[], override: Attributes = {}): void {
  const edits: { kind: 'delete' | 'insert'; at: number; text: string }[] = [];
  let offset = 0;
  for (const [op, text] of ops) {
    if (op === 0) offset += text.length;
    else if (op === -1) {
      edits.push({ kind: 'delete', at: offset, text });
      offset += text.length;
    } else {
      edits.push({ kind: 'insert', at: offset, text });
    }
  }
  for (const edit of edits.reverse()) {
    if (edit.kind === 'delete') deleteTextRange(fragment, edit.at, edit.at + edit.text.length);
    else insertTextAt(fragment, edit.at, edit.text, override);
  }
}

export function readFragmentTextLength(fragment: Y.XmlFragment): number {
  return mapSegments(fragment).length;
}
