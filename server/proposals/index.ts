export { listProposals, type ProposalListing } from './list-proposals';
export { listParagraphHistory, type ParagraphHistoryEntry } from './list-paragraph-history';
export { writeProposalRows } from './write-proposal-rows';
