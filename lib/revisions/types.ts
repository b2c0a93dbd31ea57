import type { ParagraphKind } from '@/lib/corpus/types';
import type { ParagraphStatus } from '@/lib/draft/types';
import type { DraftFurniture } from '@/lib/furniture/draft-furniture';
import type { ProseMirrorJson } from '@/lib/editor/fragment-content';

export interface RevisionParagraph {
  id: string;
  /** Printed number: PP1, 3, (a). */
  number: string;
  /** Corpus-style reference: PP1, 3, 3(a). */
  ref: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  depth: number;
  text: string;
  lead?: string;
  /** The paragraph's rich content (italics, footnotes) as the editor held it; absent in older snapshots. */
  content?: ProseMirrorJson;
  /** Delegations whose accepted proposals wrote words of this paragraph. */
  attributions: string[];
}

export interface RevisionProposal {
  id: string;
  paragraphId: string;
  kind: string;
  delegation: string;
  status: string;
  text: string;
  supporters: string[];
  objectors: string[];
}

export interface RevisionDelegation {
  code: string;
  /** As printed when the revision was issued. */
  name: string;
}

/** The draft's document details and sponsors when the revision was issued. */
export interface RevisionFurniture {
  /** The draft's own details over its negotiation's defaults (body, session, dates). */
  details: DraftFurniture;
  mainSponsor?: RevisionDelegation;
  /** In the order they joined. */
  coSponsors: RevisionDelegation[];
}

/** An immutable record of a draft at the moment the facilitator issued it. */
export interface RevisionSnapshot {
  title: string;
  body: string;
  chapeau: string;
  baseDocumentId?: string;
  paragraphs: RevisionParagraph[];
  openProposals: RevisionProposal[];
  /** Absent in revisions issued before drafts had furniture. */
  furniture?: RevisionFurniture;
}
