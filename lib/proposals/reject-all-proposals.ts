import type * as Y from 'yjs';
import { getProposal, proposalKeys, readProposalRecords } from './proposal-doc-parts';
import { matchesProposalFilter, type ProposalFilter } from './proposal-filter';

/** Rejects every matching open proposal and returns their ids. */
export function rejectAllProposals(doc: Y.Doc, filter: ProposalFilter, decidedBy: string, now?: Date): string[] {
  const rejected: string[] = [];
  const decidedAt = (now ?? new Date()).toISOString();
  doc.transact(() => {
    for (const record of readProposalRecords(doc)) {
      if (!matchesProposalFilter(record, filter)) continue;
      const proposal = getProposal(doc, record.id);
      proposal.set(proposalKeys.status, 'rejected');
      proposal.set(proposalKeys.decidedBy, decidedBy);
      proposal.set(proposalKeys.decidedAt, decidedAt);
      rejected.push(record.id);
    }
  });
  return rejected;
}
