export { buildDraftProgress, type DraftProgressInput, type ProgressRevisionInput } from './build-draft-progress';
export { countBracketPairs } from './count-bracket-pairs';
export { findMostContested } from './find-most-contested';
export { measureProgressPoint } from './measure-progress-point';
export { type DraftProgressEntry, type NegotiationProgress, sumNegotiationProgress } from './sum-negotiation-progress';
export { tallyDelegationFates } from './tally-delegation-fates';
export { readProgressStatus, tallyParagraphStatuses } from './tally-paragraph-statuses';
export * from './types';
