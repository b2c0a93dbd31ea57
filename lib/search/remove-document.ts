import { compactIndexIfWasteful } from './compact-index';
import { tombstoneDocument } from './tombstone-document';
import type { SearchIndex } from './types';

/**
 * Takes a document out of the results (tombstoned, see tombstoneDocument); the
 * index is rebuilt once removed paragraphs outnumber live ones.
 * Returns false when the id is unknown.
 */
export function removeDocument(index: SearchIndex, id: string): boolean {
  if (!tombstoneDocument(index, id)) return false;
  compactIndexIfWasteful(index);
  return true;
}
