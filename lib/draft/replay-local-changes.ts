import * as Y from 'yjs';
import { readFragmentText } from '@/lib/editor/fragment-content';
import { getOrderArray, getParagraphContent, getParagraphMap, paragraphKeys, type ParagraphMap } from './draft-doc-parts';
import { deleteParagraph } from './delete-paragraph';
import { cleanParagraphOrder, findRawInsertIndex, readParagraphOrder } from './read-paragraph-order';

/** A paragraph whose local change was not replayed: its text as the person had it. */
export interface HeldBackParagraph {
  paragraphId: string;
  /** The paragraph's text with the person's change (empty when the change was its deletion). */
  text: string;
  /** The change was deleting the paragraph. */
  deleted: boolean;
}

export interface ReplayResult {
  /** Paragraphs whose local change now stands in the target, under the target's client id. */
  replayed: string[];
  heldBack: HeldBackParagraph[];
}

/** Fields a person may change on a paragraph besides its text (status and freezing are the facilitator's, who keeps a copy anyway). */
const replayedFields = [paragraphKeys.kind, paragraphKeys.depth] as const;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether two trees have the same elements with the same attributes, text nodes standing where text nodes stand. */
function sameSkeleton(a: Y.XmlElement | Y.XmlFragment, b: Y.XmlElement | Y.XmlFragment): boolean {
  if (a.length !== b.length) return false;
  if (a instanceof Y.XmlElement && b instanceof Y.XmlElement) {
    if (a.nodeName !== b.nodeName || !sameJson(a.getAttributes(), b.getAttributes())) return false;
  }
  const left = a.toArray();
  const right = b.toArray();
  return left.every((child, index) => {
    const other = right[index];
    if (child instanceof Y.XmlText) return other instanceof Y.XmlText;
    if (child instanceof Y.XmlElement) return other instanceof Y.XmlElement && sameSkeleton(child, other);
    return false;
  });
}

interface Unit {
  char: string;
  attributes: string;
}

/** A text as characters with their marks, or null when it holds embeds (not in a draft's schema). */
function readUnits(text: Y.XmlText): Unit[] | null {
  const units: Unit[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') return null;
    const attributes = JSON.stringify(op.attributes ?? {});
    for (const char of op.insert) units.push({ char, attributes });
  }
  return units;
}

/**
 * Makes `target` hold what `source` holds by changing only the run where they differ (common start and
 * end kept), so words someone else typed elsewhere in the paragraph stay theirs. Returns false if it cannot.
 */
function patchText(target: Y.XmlText, source: Y.XmlText): boolean {
  const from = readUnits(target);
  const to = readUnits(source);
  if (!from || !to) return false;
  const same = (a: Unit | undefined, b: Unit | undefined) =>
    a !== undefined && b !== undefined && a.char === b.char && a.attributes === b.attributes;
  let start = 0;
  while (start < from.length && start < to.length && same(from[start], to[start])) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && same(from[from.length - 1 - end], to[to.length - 1 - end])) end++;
  // Yjs counts UTF-16 code units; the units above are code points.
  const offset = from.slice(0, start).reduce((sum, unit) => sum + unit.char.length, 0);
  const removed = from.slice(start, from.length - end).reduce((sum, unit) => sum + unit.char.length, 0);
  if (removed > 0) target.delete(offset, removed);
  let at = offset;
  const inserted = to.slice(start, to.length - end);
  for (let index = 0; index < inserted.length; ) {
    const { attributes } = inserted[index]!;
    let run = '';
    while (index < inserted.length && inserted[index]!.attributes === attributes) run += inserted[index++]!.char;
    // Every mark is given, absent ones as null: Yjs would otherwise carry the marks of the text before.
    target.insert(at, run, JSON.parse(attributes) as Record<string, unknown>);
    at += run.length;
  }
  return true;
}

function patchTree(target: Y.XmlElement | Y.XmlFragment, source: Y.XmlElement | Y.XmlFragment): boolean {
  const right = source.toArray();
  return target.toArray().every((child, index) => {
    const other = right[index];
    if (child instanceof Y.XmlText && other instanceof Y.XmlText) return patchText(child, other);
    if (child instanceof Y.XmlElement && other instanceof Y.XmlElement) return patchTree(child, other);
    return false;
  });
}

function cloneChildren(fragment: Y.XmlFragment): Array<Y.XmlElement | Y.XmlText> {
  return fragment.toArray().map((child) => (child as Y.XmlElement | Y.XmlText).clone());
}

/** Gives `target` the content of `source`: a minimal text patch where the structure is the same, else the whole content. */
function replayContent(target: Y.XmlFragment, source: Y.XmlFragment): void {
  if (sameSkeleton(target, source) && patchTree(target, source)) return;
  target.delete(0, target.length);
  target.insert(0, cloneChildren(source));
}

function readParagraphText(paragraph: ParagraphMap | undefined): string {
  const content = paragraph?.get(paragraphKeys.content);
  return content instanceof Y.XmlFragment ? readFragmentText(content) : '';
}

/**
 * Replays, onto `target` (a fresh copy of the server's document, with a client id of its own), what a
 * local copy changed that the server does not have: after a refusal the local copy's unsent changes can
 * never be sent as they are (their client id has a gap at the server), so they are sent again as new
 * changes. The local copy is merged with the target first, so the difference is exactly the local
 * changes, over whatever others changed meanwhile. Paragraph by paragraph: text and fields of paragraphs
 * on both sides, new paragraphs (after the paragraph they followed) and deletions; a paragraph `holdBack`
 * names is left as the server has it and reported with the person's text. Moves are not replayed.
 * Runs as one transaction with `origin`.
 */
export function replayLocalChanges(
  local: Y.Doc,
  target: Y.Doc,
  holdBack: (paragraphId: string, paragraph: ParagraphMap | undefined) => boolean,
  origin: unknown = null,
): ReplayResult {
  const merged = new Y.Doc({ gc: false });
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(target));
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(local));
  const result: ReplayResult = { replayed: [], heldBack: [] };
  const mergedParagraphs = getParagraphMap(merged);
  const targetParagraphs = getParagraphMap(target);
  const mergedOrder = readParagraphOrder(merged);
  const targetOrder = readParagraphOrder(target);
  const kept = new Set(mergedOrder);

  target.transact(() => {
    mergedOrder.forEach((id, index) => {
      const source = mergedParagraphs.get(id)!;
      const existing = targetParagraphs.get(id);
      if (existing) {
        const sourceContent = getParagraphContent(source);
        const targetContent = getParagraphContent(existing);
        const textChanged = sourceContent.toJSON() !== targetContent.toJSON();
        const fields = replayedFields.filter((key) => !sameJson(source.get(key), existing.get(key)));
        if (!textChanged && fields.length === 0) return;
        if (holdBack(id, existing)) {
          result.heldBack.push({ paragraphId: id, text: readParagraphText(source), deleted: false });
          return;
        }
        for (const key of fields) {
          const value = source.get(key);
          if (value === undefined) existing.delete(key);
          else existing.set(key, value);
        }
        if (textChanged) replayContent(targetContent, sourceContent);
        result.replayed.push(id);
        return;
      }
      if (holdBack(id, undefined)) {
        result.heldBack.push({ paragraphId: id, text: readParagraphText(source), deleted: false });
        return;
      }
      const paragraph: ParagraphMap = new Y.Map<unknown>();
      targetParagraphs.set(id, paragraph);
      for (const key of [paragraphKeys.kind, paragraphKeys.status, paragraphKeys.frozen, paragraphKeys.depth, paragraphKeys.source]) {
        const value = source.get(key);
        if (value !== undefined) paragraph.set(key, value);
      }
      const content = new Y.XmlFragment();
      paragraph.set(paragraphKeys.content, content);
      content.insert(0, cloneChildren(getParagraphContent(source)));
      // After the paragraph it followed locally, wherever that stands now.
      const before = mergedOrder
        .slice(0, index)
        .reverse()
        .find((other) => targetParagraphs.has(other) && other !== id);
      const logical = before === undefined ? 0 : readParagraphOrder(target).indexOf(before) + 1;
      cleanParagraphOrder(target);
      getOrderArray(target).insert(findRawInsertIndex(target, logical, id), [id]);
      result.replayed.push(id);
    });
    for (const id of targetOrder) {
      if (kept.has(id) || mergedParagraphs.has(id)) continue;
      const existing = targetParagraphs.get(id);
      if (holdBack(id, existing)) {
        result.heldBack.push({ paragraphId: id, text: '', deleted: true });
        continue;
      }
      deleteParagraph(target, id);
      result.replayed.push(id);
    }
  }, origin);
  merged.destroy();
  return result;
}
