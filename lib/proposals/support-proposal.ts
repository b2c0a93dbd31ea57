import type * as Y from 'yjs';
import { setPosition } from './set-position';

/** Adds the delegation to the supporters and drops an objection it had made. */
export function supportProposal(doc: Y.Doc, id: string, delegation: string): void {
  setPosition(doc, id, delegation, 'support');
}
