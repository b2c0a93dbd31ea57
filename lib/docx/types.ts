/**
 * Public shapes of the Word import/export module. Pure data: the module reads
 * and writes buffers and never touches the database or the network.
 */

import type { ParagraphKind } from '@/lib/corpus/types';
import type { ParagraphStatus } from '@/lib/draft/types';

export type { ParagraphKind };

/**
 * The lines a UN document prints around its text: the masthead (symbol, distribution, date, original language),
 * the body and session, the agenda item and the sponsor line ("Colombia: revised draft resolution").
 * Every field is optional; a document without furniture prints its title and text only.
 */
export interface DocumentFurniture {
  /** "Conference of the Parties to the United Nations Convention against Transnational Organized Crime". */
  body?: string;
  /** "Eleventh session". */
  session?: string;
  /** "Vienna, 17–21 October 2022". */
  place?: string;
  /** "Agenda item 2", optionally followed by the item's title on the next line ("Agenda item 2\nReview of …"). */
  agendaItem?: string;
  /** The symbol as printed on this document, "/Rev.n" already added for a revision: "CTOC/COP/2022/L.5/Rev.1". */
  symbol?: string;
  distribution?: 'Limited' | 'General';
  /** The date as printed: "19 October 2022". */
  date?: string;
  /** "English". */
  originalLanguage?: string;
  /** Delegation names, as printed: the main sponsor and the co-sponsors in the order they joined. */
  mainSponsor?: string;
  coSponsors?: string[];
  /** "draft resolution", "revised draft resolution", "draft decision". */
  documentKind?: string;
}

/** One entry of a Word comment thread: the delegation speaks ("European Union", "EU"). */
export interface WordCommentEntry {
  author: string;
  initials: string;
  /** ISO date-time. */
  date: string;
  text: string;
}

/**
 * A comment thread to print as Word comments on one paragraph: the first entry opens it, the rest are its
 * replies. `anchor` names the paragraph the way the export names it (a paragraph id for a clean export, a
 * paragraph reference such as "5" or "PP2" for a tracked one).
 */
export interface WordCommentThread {
  anchor: string;
  /** The words the thread is about, when it is on a span still found in the paragraph. */
  quote?: string;
  resolved?: boolean;
  entries: WordCommentEntry[];
}

export interface ExportDraftOptions {
  /** Comment threads on paragraphs, anchored by paragraph id. */
  comments?: WordCommentThread[];
  /** Document symbol printed in the page header, e.g. "CTOC/COP/2022/L.5" (furniture.symbol wins when both are set). */
  symbol?: string;
  /** Date printed under the symbol, as it should read ("19 October 2022"). */
  date?: string;
  /** Write the footnotes carried by paragraph content as Word footnotes (default true). */
  footnotes?: boolean;
  furniture?: DocumentFurniture;
}

/** A footnote of a paragraph, placed by the number of characters of its text before the reference. */
export interface FootnoteAnchor {
  at: number;
  note: string;
}

/** A paragraph as plain text: what the tracked-changes export takes as its base. */
export interface DocxTextParagraph {
  ref?: string;
  kind: ParagraphKind;
  text: string;
  /** Italic opening words, a prefix of `text`. */
  lead?: string;
  /** 1 for (a), 2 for (i); ignored for other kinds. */
  depth?: number;
  notes?: FootnoteAnchor[];
  /** Printed as a mark after the text ("(agreed ad ref)"), never as part of it. */
  status?: ParagraphStatus;
}

export interface ChangeAttribution {
  /** Delegation that made the change ("European Union"); becomes `w:author`. */
  author?: string;
  /** ISO date or date-time; becomes `w:date`. */
  date?: string;
}

/**
 * diff-match-patch convention (-1 deleted, 0 equal, 1 inserted), so a plain
 * `DiffOp[]` from the comparison engine is already valid; the third element
 * attributes one change to a delegation other than the paragraph's.
 */
export type TrackedOp = readonly [-1 | 0 | 1, string] | readonly [-1 | 0 | 1, string, ChangeAttribution];

export type TrackedParagraphChange = 'revised' | 'new' | 'deleted';

export interface TrackedParagraph extends ChangeAttribution {
  ref?: string;
  /** Kind after the changes (before them, for a deleted paragraph): it sets the layout. */
  kind: ParagraphKind;
  depth?: number;
  /** How the paragraph reads after the changes; for a deleted paragraph, the text it had. */
  text: string;
  /** Italic opening words of `text`. */
  lead?: string;
  /**
   * revised: `ops` (or a word diff against the base paragraph `baseRef`) give the changes;
   * new: the whole paragraph is an insertion; deleted: the whole paragraph is a deletion.
   */
  change: TrackedParagraphChange;
  /** Ref of the base paragraph this one revises or deletes. */
  baseRef?: string;
  /** Word-level changes from the base text to `text`: 0 and -1 ops give the base, 0 and 1 the new text. */
  ops?: TrackedOp[];
  /**
   * The paragraph mark itself as a revision. 'inserted': the break after this
   * paragraph is new (a split), so rejecting joins it to the next one;
   * 'deleted': the break is gone (a merge). New and deleted paragraphs get it by default.
   */
  mark?: 'inserted' | 'deleted';
  /** Footnotes of `text` (the new text; a deleted paragraph's notes are not printed). */
  notes?: FootnoteAnchor[];
  /** The status after the changes, printed as a mark that is not tracked. */
  status?: ParagraphStatus;
  /**
   * A moved paragraph, written with Word's move tracking: 'from' (a deleted paragraph where it stood) and 'to'
   * (a new paragraph where it now is, its `ops` the word edits made on the way) share the move's `name`.
   */
  move?: { name: string; side: 'from' | 'to' };
}

export interface TrackedBaseText {
  title: string;
  chapeau: string;
  paragraphs: DocxTextParagraph[];
}

export interface TrackedRevisionText extends ChangeAttribution {
  title: string;
  chapeau: string;
  /** Reading order of the revised text, deleted paragraphs where they stood. */
  paragraphs: TrackedParagraph[];
}

export interface ExportTrackedChangesOptions {
  symbol?: string;
  furniture?: DocumentFurniture;
  /** Printed under the symbol in the page header. */
  date?: string;
  /** Author for changes nobody is credited with (default "Zero Draft"). */
  defaultAuthor?: string;
  /** Date for changes without one (default: now); pass one for reproducible files. */
  defaultDate?: string;
  /** Comment threads on paragraphs of the revised text, anchored by the paragraph's `ref`. */
  comments?: WordCommentThread[];
}

/** A change marked in the diff-match-patch convention: -1 deleted (struck through), 0 kept, 1 inserted (underlined). */
export type MarkedOp = readonly [-1 | 0 | 1, string];

/** One proposal in the compilation table. */
export interface CompilationProposalRow {
  /** The proposal's reference: "5" for an amendment of 5, "5 bis" for an alternative, "after 5" for a new paragraph. */
  ref: string;
  /** What it does, printed above the change: "Amendment", "Deletion", "New paragraph after 5", "Move to after 7". */
  action: string;
  /** The change from the text the proposal was written against to its wording; empty for a move. */
  change: MarkedOp[];
  /** Italic opening words of the proposed wording (kept and inserted text) and of the text it changes (deleted text). */
  lead?: string;
  baseLead?: string;
  delegation: string;
  supporters: string[];
  objectors: string[];
  /** "Open", "Overtaken", "Accepted", "Rejected", "Withdrawn". */
  status: string;
  /** How many wordings the proposal has had; printed when more than one. */
  versions?: number;
  /** The proposing delegation's explanation, printed under the change; absent or "" for none. */
  explanation?: string;
}

/** A paragraph of the text and the proposals on it, in the order of the text. */
export interface CompilationParagraphRows {
  /** "PP3", "5(b)"; or a heading such as "Paragraphs no longer in the text" when there is no current text. */
  ref: string;
  /** The paragraph as it now reads; absent for proposals not on a paragraph of the current text. */
  currentText?: string;
  lead?: string;
  /** The paragraph's status as printed: "Open", "Agreed ad ref". */
  status?: string;
  proposals: CompilationProposalRow[];
}

export interface ProposalTableInput {
  paragraphs: CompilationParagraphRows[];
}

export interface ImportedParagraph {
  kind: ParagraphKind;
  text: string;
  lead?: string;
  /** 0 for preambular and operative paragraphs, 1 for (a), 2 for (i). */
  depth: number;
  /** Footnote texts, in order, when the paragraph has footnote references. */
  notes?: string[];
}

export interface ImportedTrackedChange {
  type: 'insertion' | 'deletion';
  author: string;
  date?: string;
  text: string;
  /**
   * Index in `paragraphs` of the paragraph the change belongs to; an inserted
   * paragraph points at the paragraph it would come before (`paragraphs.length` at the end).
   */
  paragraphIndex: number;
  /** Set when the change is in the heading, title or chapeau rather than a paragraph (paragraphIndex is then -1). */
  part?: DocumentPart;
  /** The change also inserts or deletes the paragraph break after its text: a whole paragraph, or a split or merge. */
  paragraphBreak?: boolean;
}

export type DocumentPart = 'heading' | 'title' | 'chapeau';

export interface ImportedComment {
  author: string;
  text: string;
  date?: string;
  /** Index in `paragraphs` of the paragraph the comment is anchored in. */
  paragraphIndex?: number;
  part?: DocumentPart;
}

export interface ImportedDraft {
  /** Lines before the title (symbol, distribution, session, date): not part of a draft, but catalogue facts for the corpus. */
  headings?: string[];
  title?: string;
  chapeau?: string;
  /** The base text: the document as it reads with every tracked change rejected. */
  paragraphs: ImportedParagraph[];
  trackedChanges: ImportedTrackedChange[];
  comments: ImportedComment[];
  warnings: string[];
}
