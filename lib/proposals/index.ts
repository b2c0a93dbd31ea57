export {
  proposalsKey,
  modeKey,
  draftModes,
  proposalKinds,
  proposalStatuses,
  proposalKeys,
  decisionKeys,
  positionKeys,
  getProposalsMap,
  getProposal,
  getVersionsArray,
  versionedKeys,
  maxExplanationLength,
  checkExplanation,
  ExplanationTooLongError,
  ProposalOvertakenError,
  type ProposalVersion,
  readProposalRecord,
  readProposalRecords,
  readProposalStatus,
  createProposalId,
  UnknownProposalError,
  ProposalNotOpenError,
  type DraftMode,
  type ProposalKind,
  type ProposalStatus,
  type ProposalInit,
  type ProposalRecord,
  type ProposalView,
  type DecisionInit,
  type ProposalMap,
} from './proposal-doc-parts';
export { readDraftMode } from './read-draft-mode';
export { setDraftMode } from './set-draft-mode';
export { createProposal } from './create-proposal';
export { supportProposal } from './support-proposal';
export { objectToProposal } from './object-to-proposal';
export { clearPosition } from './clear-position';
export { withdrawProposal } from './withdraw-proposal';
export { acceptProposal, BracketsNeedConfirmationError, findAcceptance, type Acceptance } from './accept-proposal';
export { updateProposal, type ProposalUpdate } from './update-proposal';
export { setProposalExplanation } from './set-proposal-explanation';
export { mergeProposalText } from './merge-proposal-text';
export { rejectProposal } from './reject-proposal';
export { acceptAllProposals } from './accept-all-proposals';
export { rejectAllProposals } from './reject-all-proposals';
export type { ProposalFilter } from './proposal-filter';
export { bracketText } from './bracket-text';
export { bracketParagraph } from './bracket-paragraph';
export { readProposals } from './read-proposals';
export { readProposalCounts, type ProposalCounts } from './read-proposal-counts';
export { findContestedParagraphs } from './find-contested-paragraphs';
export { findAttributionAt } from './find-attribution-at';
export { deriveAlternativeSuffix } from './derive-alternative-suffix';
export { readParagraphNumber } from './read-paragraph-number';
export {
  buildCompilation,
  englishCompilationWords,
  type CompilationWords,
  type CompilationWordKey,
  readCompilation,
  compilationStatusLabels,
  type CompilationEntry,
  type CompilationGroup,
  type CompilationSourceParagraph,
  type CompilationStatus,
} from './build-compilation';
export {
  describeProposalSentence,
  nameInSentence,
  quoteWords,
  speakParagraphLabel,
  type ProposalSentenceInput,
} from './describe-proposal-sentence';
