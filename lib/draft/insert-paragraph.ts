import type * as Y from 'yjs';
import { addParagraphEntry } from './build-paragraph';
import { getOrderArray } from './draft-doc-parts';
import { cleanParagraphOrder, findRawInsertIndex } from './read-paragraph-order';
import type { ParagraphInit } from './types';

/** Inserts a new paragraph at `index` of the reading order; returns its id. */
export function insertParagraph(doc: Y.Doc, index: number, init: ParagraphInit): string {
  let id = '';
  doc.transact(() => {
    cleanParagraphOrder(doc);
    id = addParagraphEntry(doc, init);
    getOrderArray(doc).insert(findRawInsertIndex(doc, index, id), [id]);
  });
  return id;
}
