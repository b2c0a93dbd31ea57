import type * as Y from 'yjs';
import { getParagraph, getParagraphContent, paragraphKeys } from '@/lib/draft';
import { markNames } from '@/lib/editor';
import { insertTextAt, readFragmentTextLength } from './edit-fragment-text';

/** Brackets the whole paragraph and marks it 'bracketed' (facilitator only, enforced by the server). */
export function bracketParagraph(doc: Y.Doc, paragraphId: string): void {
  const paragraph = getParagraph(doc, paragraphId);
  const content = getParagraphContent(paragraph);
  doc.transact(() => {
    insertTextAt(content, readFragmentTextLength(content), ']', { [markNames.attribution]: null, [markNames.italic]: null });
    insertTextAt(content, 0, '[', { [markNames.attribution]: null, [markNames.italic]: null });
    paragraph.set(paragraphKeys.status, 'bracketed');
  });
}
