import type { ComparableParagraph } from '@/lib/compare';
import type { FootnoteAnchor } from '@/lib/docx/types';
import type { ParagraphStatus } from '@/lib/draft/types';

/** Lead and depth ride along for Word export; the comparison itself ignores them. */
export interface LaidOutParagraph extends ComparableParagraph {
  lead?: string;
  depth?: number;
  /** The draft paragraph's id, for drafts and revisions. */
  id?: string;
  /** Footnotes and status of draft and revision paragraphs, for Word export. */
  notes?: FootnoteAnchor[];
  status?: ParagraphStatus;
}

export interface ComparableText {
  /** Canonical key for links: a corpus id, `revision:<id>` or `draft:<id>`. */
  key: string;
  label: string;
  title: string;
  chapeau: string;
  paragraphs: LaidOutParagraph[];
  /** For drafts and revisions: which draft, and as of when (ISO). */
  draft?: { id: string; asOf: string };
}
