import type * as Y from 'yjs';
import { getProposal, ProposalNotOpenError, proposalKeys, readProposalStatus } from './proposal-doc-parts';

/** Only the proposing delegation may withdraw (the server checks); the record stays for the history. */
export function withdrawProposal(doc: Y.Doc, id: string): void {
  const proposal = getProposal(doc, id);
  const status = readProposalStatus(proposal);
  if (status !== 'open') throw new ProposalNotOpenError(id, status);
  doc.transact(() => {
    proposal.set(proposalKeys.status, 'withdrawn');
  });
}
