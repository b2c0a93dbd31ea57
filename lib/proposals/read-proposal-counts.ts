import type * as Y from 'yjs';
import { getParagraph, getParagraphContent, readParagraphOrder, readParagraphStatus } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import { findContestedParagraphs } from './find-contested-paragraphs';
import { readProposalRecords } from './proposal-doc-parts';

export interface ProposalCounts {
  /** Open proposals. */
  open: number;
  /** Paragraphs with an open proposal someone objects to, or in brackets (see findContestedParagraphs). */
  contestedParagraphs: number;
  /** Opening square brackets in the text. */
  brackets: number;
  /** Paragraphs agreed or agreed ad referendum. */
  agreedParagraphs: number;
}

export function readProposalCounts(doc: Y.Doc): ProposalCounts {
  const order = readParagraphOrder(doc);
  const open = readProposalRecords(doc).filter((record) => record.status === 'open');
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
    contestedParagraphs: findContestedParagraphs(doc).size,
    brackets,
    agreedParagraphs,
  };
}
