import type * as Y from 'yjs';
import { getOrderArray, getParagraph } from './draft-doc-parts';
import { cleanParagraphOrder, findRawInsertIndex, removeOrderEntries } from './read-paragraph-order';

/**
 * Moves a paragraph to `toIndex` of the reading order (its position after the
 * move). Only the order entry moves: the paragraph's content is untouched, so
 * someone typing in it at the same moment keeps their edit.
 */
export function moveParagraph(doc: Y.Doc, id: string, toIndex: number): void {
  getParagraph(doc, id);
  doc.transact(() => {
    cleanParagraphOrder(doc);
    removeOrderEntries(doc, id);
    getOrderArray(doc).insert(findRawInsertIndex(doc, toIndex, id), [id]);
  });
}
