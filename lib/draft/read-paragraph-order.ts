import * as Y from 'yjs';
import { getOrderArray, getParagraphMap, paragraphKeys } from './draft-doc-parts';

/**
 * The paragraph ids in reading order.
 *
 * A move is "delete the entry, insert it elsewhere"; two people moving the same
 * paragraph at once both delete the same entry and each insert their own, so
 * the converged array can hold an id twice. Every client keeps the FIRST
 * occurrence: Yjs orders concurrent inserts identically everywhere, so the
 * result is the same on every client without any coordination. Entries whose
 * paragraph was deleted are skipped; paragraphs that lost every entry (which
 * the operations here never produce) are appended in id order so no text can
 * vanish from view.
 */
export function readParagraphOrder(doc: Y.Doc): string[] {
  const paragraphs = getParagraphMap(doc);
  const seen = new Set<string>();
  const order: string[] = [];
  for (const id of getOrderArray(doc).toArray()) {
    if (typeof id !== 'string' || seen.has(id) || !isWellFormedParagraph(paragraphs.get(id))) continue;
    seen.add(id);
    order.push(id);
  }
  const missing = [...paragraphs.keys()].filter((id) => !seen.has(id) && isWellFormedParagraph(paragraphs.get(id))).sort();
  return order.concat(missing);
}

/**
 * A paragraph entry every reader can use: a map holding its text fragment.
 * Anything else (which the realtime server refuses) is left out of the order
 * rather than breaking every save and snapshot.
 */
export function isWellFormedParagraph(value: unknown): boolean {
  return value instanceof Y.Map && value.get(paragraphKeys.content) instanceof Y.XmlFragment;
}

/**
 * Deletes duplicate and orphan entries from the shared order, keeping the first
 * occurrence of each id, so the array does not grow with every concurrent move.
 * Safe to run on several clients at once: they all delete the same items, and
 * the first occurrence anyone sees is never deleted by anyone's clean-up.
 */
export function cleanParagraphOrder(doc: Y.Doc): void {
  const order = getOrderArray(doc);
  const paragraphs = getParagraphMap(doc);
  const entries = order.toArray();
  const seen = new Set<string>();
  const doomed: number[] = [];
  entries.forEach((id, index) => {
    if (seen.has(id) || !paragraphs.has(id)) doomed.push(index);
    else seen.add(id);
  });
  if (doomed.length === 0) return;
  doc.transact(() => {
    for (let i = doomed.length - 1; i >= 0; i--) order.delete(doomed[i]!, 1);
  });
}

/**
 * Raw array index at which to insert so the entry lands at `logicalIndex` of
 * the order as `readParagraphOrder` shows it (ignoring `excludeId`).
 */
export function findRawInsertIndex(doc: Y.Doc, logicalIndex: number, excludeId?: string): number {
  const order = getOrderArray(doc);
  const logical = readParagraphOrder(doc).filter((id) => id !== excludeId);
  const entries = order.toArray();
  const target = Math.max(0, Math.min(logicalIndex, logical.length));
  if (target === logical.length) return entries.length;
  const anchor = logical[target]!;
  const raw = entries.indexOf(anchor);
  return raw === -1 ? entries.length : raw;
}

/** Removes every entry of `id` from the shared order (call inside a transaction). */
export function removeOrderEntries(doc: Y.Doc, id: string): void {
  const order = getOrderArray(doc);
  const entries = order.toArray();
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i] === id) order.delete(i, 1);
  }
}
