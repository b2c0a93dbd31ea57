import type * as Y from 'yjs';
import { checkExplanation, getProposal, ProposalNotOpenError, proposalKeys, readProposalRecord } from './proposal-doc-parts';

/**
 * The proposing delegation rewrites (or clears, with "") the explanation of its open proposal. The wording is
 * not versioned with it: an explanation says why, and the record keeps only the latest. The realtime server
 * checks that the connection is of the proposing delegation and the length.
 */
export function setProposalExplanation(doc: Y.Doc, id: string, explanation: string, delegation: string): void {
  const proposal = getProposal(doc, id);
  const record = readProposalRecord(id, proposal);
  if (record.delegation !== delegation) throw new Error(`Only ${record.delegationName || record.delegation} can explain its proposal.`);
  if (record.status !== 'open') throw new ProposalNotOpenError(id, record.status);
  const value = checkExplanation(explanation);
  if (value === record.explanation) return;
  proposal.set(proposalKeys.explanation, value);
}
