import type * as Y from 'yjs';
import { getProposal, ProposalNotOpenError, proposalKeys, readProposalStatus, type DecisionInit } from './proposal-doc-parts';

/** The facilitator rejects: the text is left alone, the decision is recorded. */
export function rejectProposal(doc: Y.Doc, id: string, decision: DecisionInit): void {
  const proposal = getProposal(doc, id);
  const status = readProposalStatus(proposal);
  if (status !== 'open') throw new ProposalNotOpenError(id, status);
  doc.transact(() => {
    proposal.set(proposalKeys.status, 'rejected');
    proposal.set(proposalKeys.decidedBy, decision.decidedBy);
    proposal.set(proposalKeys.decidedAt, (decision.now ?? new Date()).toISOString());
  });
}
