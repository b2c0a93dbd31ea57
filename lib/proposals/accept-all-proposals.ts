import type * as Y from 'yjs';
import { findAcceptance } from './accept-proposal';
import { applyProposalChange } from './apply-proposal';
import { getProposal, proposalKeys, readProposalRecord, readProposalRecords } from './proposal-doc-parts';
import { matchesProposalFilter, type ProposalFilter } from './proposal-filter';

/**
 * Accepts every matching open proposal in creation order and returns the ids
 * accepted. One that no longer applies (an earlier one changed its passage or
 * deleted its paragraph) stays open, as does one that would change bracketed
 * text: that needs the facilitator's word on the brackets, one proposal at a time.
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
      const { problem, currentText, touchedBrackets, textOps } = findAcceptance(doc, record);
      if (problem || touchedBrackets.length > 0) continue;
      applyProposalChange(doc, record, textOps);
      proposal.set(proposalKeys.status, 'accepted');
      proposal.set(proposalKeys.decidedBy, decidedBy);
      proposal.set(proposalKeys.decidedAt, decidedAt);
      if (currentText !== null) proposal.set(proposalKeys.acceptedOnto, currentText);
      accepted.push(record.id);
    }
  });
  return accepted;
}
