import type * as Y from 'yjs';
import { getParagraph, getParagraphMap } from './draft-doc-parts';
import { removeOrderEntries } from './read-paragraph-order';

export function deleteParagraph(doc: Y.Doc, id: string): void {
  getParagraph(doc, id);
  doc.transact(() => {
    removeOrderEntries(doc, id);
    getParagraphMap(doc).delete(id);
  });
}
