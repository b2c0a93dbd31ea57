import type * as Y from 'yjs';
import { setPosition } from './set-position';

/** Adds the delegation to the objectors and drops its support. */
export function objectToProposal(doc: Y.Doc, id: string, delegation: string): void {
  setPosition(doc, id, delegation, 'object');
}
