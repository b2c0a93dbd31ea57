import type { ParagraphKind } from '@/lib/corpus/types';
import type { ProseMirrorJson } from '@/lib/editor/fragment-content';

export type { ParagraphKind };

export const paragraphKinds = ['preambular', 'operative', 'subparagraph'] as const satisfies readonly ParagraphKind[];
export const paragraphStatuses = ['open', 'bracketed', 'agreed-ad-ref', 'agreed'] as const;
export type ParagraphStatus = (typeof paragraphStatuses)[number];

/** Where a paragraph came from; citation fields are filled in later by the corpus services. */
export interface ParagraphSource {
  documentId: string;
  ref: string;
  citation: string;
  text: string;
}

export interface ParagraphInit {
  kind: ParagraphKind;
  text: string;
  /** Italic opening words, a prefix of `text`. */
  lead?: string;
  source?: ParagraphSource;
  /** Subparagraph nesting: 1 for (a), 2 for (i). Ignored for other kinds. */
  depth?: number;
  status?: ParagraphStatus;
  frozen?: boolean;
}

export interface DraftDocInit {
  title: string;
  body: string;
  chapeau: string;
  baseDocumentId?: string;
  baseDraftId?: string;
  paragraphs: ParagraphInit[];
}

export interface SnapshotParagraph {
  id: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  frozen: boolean;
  depth: number;
  text: string;
  lead?: string;
  content: ProseMirrorJson;
  /** Derived label: PP1, 1, (a), (i). Never typed by anyone. */
  number: string;
  source?: ParagraphSource;
}

export interface DraftSnapshot {
  title: string;
  body: string;
  chapeau: string;
  baseDocumentId?: string;
  baseDraftId?: string;
  paragraphs: SnapshotParagraph[];
}

export class UnknownParagraphError extends Error {
  constructor(id: string) {
    super(`No paragraph with id "${id}" in this draft.`);
  }
}
