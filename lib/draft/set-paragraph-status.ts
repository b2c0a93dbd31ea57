import type * as Y from 'yjs';
import { getParagraph, paragraphKeys } from './draft-doc-parts';
import { paragraphStatuses, type ParagraphStatus } from './types';

export function setParagraphStatus(doc: Y.Doc, id: string, status: ParagraphStatus): void {
  if (!paragraphStatuses.includes(status)) throw new Error(`Unknown paragraph status "${status}".`);
  getParagraph(doc, id).set(paragraphKeys.status, status);
}
