import type * as Y from 'yjs';
import { getParagraph, getParagraphContent } from './draft-doc-parts';
import { deleteParagraph } from './delete-paragraph';
import { appendFragment } from './fragment-surgery';

/** Appends the second paragraph's text to the first and deletes the second; the first keeps its kind and status. */
export function mergeParagraphs(doc: Y.Doc, firstId: string, secondId: string): void {
  if (firstId === secondId) throw new Error('Cannot merge a paragraph with itself.');
  const first = getParagraph(doc, firstId);
  const second = getParagraph(doc, secondId);
  doc.transact(() => {
    appendFragment(getParagraphContent(first), getParagraphContent(second));
    deleteParagraph(doc, secondId);
  });
}
