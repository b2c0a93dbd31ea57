import type * as Y from 'yjs';
import { applyProposalChange, findApplyProblem } from './apply-proposal';
import { getProposal, proposalKeys, readProposalRecord, readProposalRecords } from './proposal-doc-parts';
import { matchesProposalFilter, type ProposalFilter } from './proposal-filter';

/**
 * Accepts every matching open proposal in creation order (so of two competing
 * amendments the later one ends up in the text) and returns the ids accepted.
 * One that can no longer apply (its paragraph was deleted by an earlier one)
 * is left open rather than half-applied.
 */
export function acceptAllProposals(doc: Y.Doc, filter: ProposalFilter, decidedBy: string, now?: Date): string[] {
  const accepted: string[] = [];
  const decidedAt = (now ?? new Date()).toISOString();
  doc.transact(() => {
    for (const candidate of readProposalRecords(doc)) {
      if (!matchesProposalFilter(candidate, filter)) continue;
      const proposal = getProposal(doc, candidate.id);
      // Re-read: an earlier acceptance in this loop may have changed what this one applies to.
      const record = readProposalRecord(candidate.id, proposal);
      if (findApplyProblem(doc, record)) continue;
      applyProposalChange(doc, record);
      proposal.set(proposalKeys.status, 'accepted');
      proposal.set(proposalKeys.decidedBy, decidedBy);
      proposal.set(proposalKeys.decidedAt, decidedAt);
      accepted.push(record.id);
    }
  });
  return accepted;
}
