import type * as Y from 'yjs';
import { getParagraph, paragraphKeys } from './draft-doc-parts';

/** A frozen paragraph's text can only be changed by a facilitator; the realtime server enforces it. */
export function setParagraphFrozen(doc: Y.Doc, id: string, frozen: boolean): void {
  getParagraph(doc, id).set(paragraphKeys.frozen, frozen);
}
