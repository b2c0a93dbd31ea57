import type { ParagraphStatus } from '@/lib/draft/types';

/** The fates a proposal can meet, in the order the charts stack them. */
export const proposalFates = ['open', 'accepted', 'rejected', 'withdrawn'] as const;
export type ProposalFate = (typeof proposalFates)[number];

/** A paragraph as progress reads it: from a DraftParagraph row or a revision snapshot alike. */
export interface ProgressParagraph {
  id: string;
  /** Printed reference (PP1, 3, 3(a)). */
  ref: string;
  status: ParagraphStatus;
  text: string;
}

/** A proposal as progress reads it: from a Proposal row or a revision snapshot's open proposals alike. */
export interface ProgressProposal {
  id: string;
  paragraphId: string;
  kind: string;
  delegation: string;
  status: string;
  supporters: readonly string[];
  objectors: readonly string[];
}

/** Paragraphs by status; "bracketed" also counts open paragraphs with square brackets in their text. */
export interface StatusTally {
  open: number;
  bracketed: number;
  agreedAdRef: number;
  agreed: number;
  total: number;
}

/** One point of the chart over time: a revision as issued, or the live text ("Now"). */
export interface ProgressPoint {
  label: string;
  /** ISO time the revision was issued, or the time the live text was read. */
  at: string;
  paragraphs: number;
  /** Pairs of square brackets in the paragraphs' text. */
  brackets: number;
  /** Open alternative paragraphs (labelled "5 bis", "5 ter"). */
  alternatives: number;
}

export interface ContestedProposal {
  id: string;
  kind: string;
  delegation: string;
  delegationName: string;
  supporters: string[];
  objectors: string[];
}

export interface ContestedParagraph {
  paragraphId: string;
  ref: string;
  excerpt: string;
  brackets: number;
  /** Delegations (names) objecting to at least one of its open proposals. */
  objectors: string[];
  /** Delegations (names) supporting at least one of its open proposals. */
  supporters: string[];
  proposals: ContestedProposal[];
}

export interface DelegationFates {
  code: string;
  name: string;
  open: number;
  accepted: number;
  rejected: number;
  withdrawn: number;
  total: number;
}

export interface DraftProgress {
  status: StatusTally;
  timeline: ProgressPoint[];
  contested: ContestedParagraph[];
  delegations: DelegationFates[];
}
