import { countBracketPairs } from './count-bracket-pairs';
import type { ProgressParagraph, ProgressPoint, ProgressProposal } from './types';

/**
 * Brackets and alternatives in one state of a draft. Alternatives are the open "alternative" proposals on
 * paragraphs of that state: each is a "5 bis" the room still has to choose between (lib/proposals numbers them).
 */
export function measureProgressPoint(
  label: string,
  at: string,
  paragraphs: readonly Pick<ProgressParagraph, 'id' | 'text'>[],
  proposals: readonly Pick<ProgressProposal, 'paragraphId' | 'kind' | 'status'>[],
): ProgressPoint {
  const present = new Set(paragraphs.map((paragraph) => paragraph.id));
  return {
    label,
    at,
    paragraphs: paragraphs.length,
    brackets: paragraphs.reduce((sum, paragraph) => sum + countBracketPairs(paragraph.text), 0),
    alternatives: proposals.filter(
      (proposal) => proposal.kind === 'alternative' && proposal.status === 'open' && present.has(proposal.paragraphId),
    ).length,
  };
}
