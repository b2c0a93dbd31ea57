/**
 * The one place the proposals UI meets the shared model (lib/proposals), so a
 * renamed model function is fixed here rather than in every component.
 */
export {
  acceptAllProposals,
  acceptProposal,
  bracketParagraph,
  bracketText,
  clearPosition,
  createProposal,
  findAttributionAt,
  findAcceptance,
  mergeProposalText,
  updateProposal,
  setProposalExplanation,
  maxExplanationLength,
  findContestedParagraphs,
  objectToProposal,
  readDraftMode,
  readProposalCounts,
  readProposals,
  rejectAllProposals,
  rejectProposal,
  setDraftMode,
  supportProposal,
  withdrawProposal,
  type DraftMode,
  type ProposalCounts,
  type ProposalKind,
  type ProposalStatus,
  type ProposalView,
  buildCompilation,
  compilationStatusLabels,
  type CompilationEntry,
  type CompilationGroup,
  type CompilationSourceParagraph,
} from '@/lib/proposals';
export type { DiffOp } from '@/lib/compare/types';
