import type * as Y from 'yjs';
import { applyProposalChange, findApplyProblem } from './apply-proposal';
import { getProposal, proposalKeys, readProposalRecord, type DecisionInit } from './proposal-doc-parts';

/**
 * The facilitator accepts: the change is applied to the text and the decision
 * recorded, in one transaction so every replica sees both or neither.
 */
export function acceptProposal(doc: Y.Doc, id: string, decision: DecisionInit): void {
  const proposal = getProposal(doc, id);
  const record = readProposalRecord(id, proposal);
  const problem = findApplyProblem(doc, record);
  if (problem) throw new Error(problem);
  doc.transact(() => {
    applyProposalChange(doc, record);
    proposal.set(proposalKeys.status, 'accepted');
    proposal.set(proposalKeys.decidedBy, decision.decidedBy);
    proposal.set(proposalKeys.decidedAt, (decision.now ?? new Date()).toISOString());
  });
}
