import type * as Y from 'yjs';
import { getParagraph, getParagraphContent, readParagraphOrder, readParagraphStatus } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import { readProposalRecords } from './proposal-doc-parts';

/**
 * What still needs negotiating: paragraphs with an open proposal someone
 * objects to, and paragraphs in brackets (wholly, or with bracketed words).
 * One definition for the live count and the "only contested" filter.
 */
export function findContestedParagraphs(doc: Y.Doc): Set<string> {
  const order = readParagraphOrder(doc);
  const live = new Set(order);
  const contested = new Set<string>();
  for (const record of readProposalRecords(doc)) {
    if (record.status === 'open' && record.objectors.length > 0 && live.has(record.paragraphId)) contested.add(record.paragraphId);
  }
  for (const id of order) {
    const paragraph = getParagraph(doc, id);
    if (readParagraphStatus(paragraph) === 'bracketed' || readFragmentText(getParagraphContent(paragraph)).includes('[')) contested.add(id);
  }
  return contested;
}
