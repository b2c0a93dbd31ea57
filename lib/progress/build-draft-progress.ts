import { findMostContested } from './find-most-contested';
import { measureProgressPoint } from './measure-progress-point';
import { tallyDelegationFates } from './tally-delegation-fates';
import { tallyParagraphStatuses } from './tally-paragraph-statuses';
import type { DraftProgress, ProgressParagraph, ProgressProposal } from './types';

export interface ProgressRevisionInput {
  name: string;
  issuedAt: string;
  paragraphs: readonly Pick<ProgressParagraph, 'id' | 'text'>[];
  openProposals: readonly Pick<ProgressProposal, 'paragraphId' | 'kind' | 'status'>[];
}

export interface DraftProgressInput {
  /** The live text, in order. */
  paragraphs: readonly ProgressParagraph[];
  /** Every proposal ever made on the draft, whatever became of it. */
  proposals: readonly ProgressProposal[];
  /** Revisions in the order they were issued. */
  revisions: readonly ProgressRevisionInput[];
  /** When the live text was read (the "Now" point). */
  readAt: string;
  delegationNames: ReadonlyMap<string, string>;
}

/** Everything the progress page of one draft shows, from plain data. */
export function buildDraftProgress(input: DraftProgressInput): DraftProgress {
  const delegationName = (code: string) => input.delegationNames.get(code) ?? code;
  return {
    status: tallyParagraphStatuses(input.paragraphs),
    timeline: [
      ...input.revisions.map((revision) =>
        measureProgressPoint(revision.name, revision.issuedAt, revision.paragraphs, revision.openProposals),
      ),
      measureProgressPoint('Now', input.readAt, input.paragraphs, input.proposals),
    ],
    contested: findMostContested(input.paragraphs, input.proposals, delegationName),
    delegations: tallyDelegationFates(input.proposals, delegationName),
  };
}
