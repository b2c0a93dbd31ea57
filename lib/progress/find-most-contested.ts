import { countBracketPairs } from './count-bracket-pairs';
import type { ContestedParagraph, ProgressParagraph, ProgressProposal } from './types';

const excerptLength = 140;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength - 1)}…` : flat;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * The paragraphs most in dispute, most first: more delegations objecting to its open proposals, then more open
 * proposals, then more bracket pairs; a paragraph counts when someone objects or it still holds brackets.
 * Ties keep text order, so the list is stable from one reading to the next.
 */
export function findMostContested(
  paragraphs: readonly ProgressParagraph[],
  proposals: readonly ProgressProposal[],
  delegationName: (code: string) => string,
  limit = 10,
): ContestedParagraph[] {
  const openByParagraph = new Map<string, ProgressProposal[]>();
  for (const proposal of proposals) {
    if (proposal.status !== 'open') continue;
    const list = openByParagraph.get(proposal.paragraphId) ?? [];
    list.push(proposal);
    openByParagraph.set(proposal.paragraphId, list);
  }
  const ranked = paragraphs.flatMap((paragraph, position) => {
    const open = openByParagraph.get(paragraph.id) ?? [];
    const objectorCodes = unique(open.flatMap((proposal) => proposal.objectors));
    const brackets = countBracketPairs(paragraph.text);
    if (objectorCodes.length === 0 && brackets === 0) return [];
    const entry: ContestedParagraph = {
      paragraphId: paragraph.id,
      ref: paragraph.ref,
      excerpt: excerpt(paragraph.text),
      brackets,
      objectors: objectorCodes.map(delegationName),
      supporters: unique(open.flatMap((proposal) => proposal.supporters)).map(delegationName),
      proposals: open.map((proposal) => ({
        id: proposal.id,
        kind: proposal.kind,
        delegation: proposal.delegation,
        delegationName: delegationName(proposal.delegation),
        supporters: proposal.supporters.map(delegationName),
        objectors: proposal.objectors.map(delegationName),
      })),
    };
    return [{ entry, position, objectors: objectorCodes.length, open: open.length }];
  });
  ranked.sort((a, b) => b.objectors - a.objectors || b.open - a.open || b.entry.brackets - a.entry.brackets || a.position - b.position);
  return ranked.slice(0, limit).map((item) => item.entry);
}
