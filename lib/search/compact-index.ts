import { indexDocuments } from './index-documents';
import { createSearchIndex } from './create-search-index';
import type { SearchIndex } from './types';

/** Below this many removed paragraphs, skipping tombstones costs less than a rebuild. */
const MIN_DEAD_PARAGRAPHS = 1000;

/**
 * Rebuilds the index from its live documents once removed paragraphs outnumber
 * live ones, so repeated re-imports do not grow postings and memory for ever.
 * The rebuild costs one full indexing pass, paid at most once per doubling of dead paragraphs.
 */
export function compactIndexIfWasteful(index: SearchIndex): boolean {
  const dead = index.paragraphDoc.size - index.liveParagraphs;
  if (dead < MIN_DEAD_PARAGRAPHS || dead <= index.liveParagraphs) return false;
  const live = index.documents.filter((entry) => entry.alive).map((entry) => entry.doc);
  const fresh = createSearchIndex({ formatCitation: index.formatCitation });
  fresh.topics = index.topics;
  indexDocuments(fresh, live);
  Object.assign(index, fresh);
  return true;
}
