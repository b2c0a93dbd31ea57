import type * as Y from 'yjs';
import { setPosition } from './set-position';

/** The delegation neither supports nor objects any more. */
export function clearPosition(doc: Y.Doc, id: string, delegation: string): void {
  setPosition(doc, id, delegation, null);
}
