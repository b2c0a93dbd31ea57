import type { CorpusDocument } from '../corpus/types';
import { compactIndexIfWasteful } from './compact-index';
import { indexDocuments } from './index-documents';
import type { SearchIndex } from './types';

/**
 * Indexes the documents' paragraphs, replacing any already indexed under the
 * same id; the index is rebuilt once replaced paragraphs outnumber live ones,
 * so repeated re-imports do not grow it for ever.
 */
export function addDocuments(index: SearchIndex, docs: CorpusDocument[]): void {
  indexDocuments(index, docs);
  compactIndexIfWasteful(index);
}
