import type * as Y from 'yjs';
import { getParagraph, paragraphKeys } from './draft-doc-parts';
import type { ParagraphKind } from './types';

/** Changing the kind renumbers the draft; `depth` only matters for subparagraphs (1 → (a), 2 → (i)). */
export function setParagraphKind(doc: Y.Doc, id: string, kind: ParagraphKind, depth = 1): void {
  const paragraph = getParagraph(doc, id);
  doc.transact(() => {
    paragraph.set(paragraphKeys.kind, kind);
    if (kind === 'subparagraph') paragraph.set(paragraphKeys.depth, depth === 2 ? 2 : 1);
    else if (paragraph.has(paragraphKeys.depth)) paragraph.delete(paragraphKeys.depth);
  });
}
