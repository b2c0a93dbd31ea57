import type * as Y from 'yjs';
import { getParagraph, getParagraphContent } from '@/lib/draft';
import { markNames } from '@/lib/editor';
import { readAttributesAt } from './edit-fragment-text';
import type { ProposalView } from './proposal-doc-parts';
import { readProposals } from './read-proposals';

/**
 * The accepted proposal that brought the character at a plain-text offset
 * into the paragraph, or null when it is in the base text (or was typed directly).
 */
export function findAttributionAt(doc: Y.Doc, paragraphId: string, offset: number): ProposalView | null {
  const attributes = readAttributesAt(getParagraphContent(getParagraph(doc, paragraphId)), offset);
  const mark = attributes?.[markNames.attribution] as { proposalId?: unknown } | undefined;
  if (!mark || typeof mark.proposalId !== 'string') return null;
  return readProposals(doc).find((proposal) => proposal.id === mark.proposalId) ?? null;
}
