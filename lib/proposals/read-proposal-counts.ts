import type * as Y from 'yjs';
import { getParagraph, getParagraphContent, readParagraphOrder, readParagraphStatus } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import { readProposalRecords } from './proposal-doc-parts';

export interface ProposalCounts {
  /** Open proposals. */
  open: number;
  /** Paragraphs with an open proposal someone objects to, or open proposals from more than one delegation. */
  contestedParagraphs: number;
  /** Opening square brackets in the text. */
  brackets: number;
  /** Paragraphs agreed or agreed ad referendum. */
  agreedParagraphs: number;
}

export function readProposalCounts(doc: Y.Doc): ProposalCounts {
  const order = readParagraphOrder(doc);
  const live = new Set(order);
  const open = readProposalRecords(doc).filter((record) => record.status === 'open');
  const byParagraph = new Map<string, { delegations: Set<string>; objected: boolean }>();
  for (const record of open) {
    if (!live.has(record.paragraphId)) continue;
    const entry = byParagraph.get(record.paragraphId) ?? { delegations: new Set<string>(), objected: false };
    entry.delegations.add(record.delegation);
    entry.objected ||= record.objectors.length > 0;
    byParagraph.set(record.paragraphId, entry);
  }
  let brackets = 0;
  let agreedParagraphs = 0;
  for (const id of order) {
    const paragraph = getParagraph(doc, id);
    const status = readParagraphStatus(paragraph);
    if (status === 'agreed' || status === 'agreed-ad-ref') agreedParagraphs++;
    for (const char of readFragmentText(getParagraphContent(paragraph))) if (char === '[') brackets++;
  }
  return {
    open: open.length,
    contestedParagraphs: [...byParagraph.values()].filter((entry) => entry.objected || entry.delegations.size > 1).length,
    brackets,
    agreedParagraphs,
  };
}
