import type * as Y from 'yjs';
import { getParagraph, getParagraphContent } from '@/lib/draft';
import { markNames } from '@/lib/editor';
import { insertTextAt, readFragmentTextLength } from './edit-fragment-text';

/**
 * Puts square brackets around a plain-text range of a paragraph (text not yet
 * agreed). Only the two bracket characters are inserted, never an attribution.
 */
export function bracketText(doc: Y.Doc, paragraphId: string, from: number, to: number): void {
  const content = getParagraphContent(getParagraph(doc, paragraphId));
  const length = readFragmentTextLength(content);
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= length)) {
    throw new RangeError(`Cannot bracket ${from}–${to} in a paragraph of ${length} characters.`);
  }
  doc.transact(() => {
    // The closing bracket first, so the opening one's offset is still right.
    insertTextAt(content, to, ']', { [markNames.attribution]: null, [markNames.italic]: null });
    insertTextAt(content, from, '[', { [markNames.attribution]: null, [markNames.italic]: null });
  });
}
