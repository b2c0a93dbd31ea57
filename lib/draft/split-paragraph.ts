import type * as Y from 'yjs';
import { addParagraphEntry } from './build-paragraph';
import { getOrderArray, getParagraph, getParagraphContent, readParagraphDepth, readParagraphKind } from './draft-doc-parts';
import { moveFragmentTail } from './fragment-surgery';
import { cleanParagraphOrder, findRawInsertIndex, readParagraphOrder } from './read-paragraph-order';

/**
 * Splits a paragraph at a plain-text offset: the text after it becomes a new
 * paragraph of the same kind, placed right after. Returns the new id.
 */
export function splitParagraph(doc: Y.Doc, id: string, offset: number): string {
  const paragraph = getParagraph(doc, id);
  let newId = '';
  doc.transact(() => {
    cleanParagraphOrder(doc);
    newId = addParagraphEntry(
      doc,
      {
        kind: readParagraphKind(paragraph),
        depth: readParagraphDepth(paragraph),
        // The new half starts open: only the facilitator gives paragraphs a status, and a split is not a decision.
        status: 'open',
        text: '',
      },
      [],
    );
    moveFragmentTail(getParagraphContent(paragraph), offset, getParagraphContent(getParagraph(doc, newId)));
    const at = readParagraphOrder(doc).indexOf(id) + 1;
    getOrderArray(doc).insert(findRawInsertIndex(doc, at, newId), [newId]);
  });
  return newId;
}
