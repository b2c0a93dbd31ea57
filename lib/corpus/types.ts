/**
 * The shape of a parsed corpus text, shared by the importer, search, comparison,
 * the database services and the CLI. Pure data: no React, Next or Prisma here.
 */

export type ParagraphKind = 'preambular' | 'operative' | 'subparagraph';

export type DocumentKind =
  | 'resolution'
  | 'decision'
  | 'draft resolution'
  | 'revised draft resolution'
  | 'recommendations'
  | 'compendium'
  | 'other';

export interface CorpusParagraph {
  /**
   * Reference in the one convention used everywhere (API, CLI, URLs):
   * `PP<n>` preambular, `<n>` numbered, `<n>(a)` and `<n>(a)(i)` subparagraphs,
   * `(a)` / `(b)(iii)` for texts lettered from the top.
   */
  ref: string;
  kind: ParagraphKind;
  /** Clean text: no footnote markers, no split words, single spaces. */
  text: string;
  /** Opening words the UN sets in italics ("Recalling also", "Urges"), a prefix of `text`. */
  lead?: string;
  /** Footnotes taken out of the body, in order. */
  notes?: string[];
  /** Nesting depth: 0 for PP and numbered paragraphs, 1 for (a), 2 for (i). */
  depth: number;
}

export interface CorpusDocument {
  /** Stable, URL-safe id, e.g. "cop-res-10-3", "wg-tip-2011-recommendations". */
  id: string;
  title: string;
  kind: DocumentKind;
  /** Issuing body, e.g. "Conference of the Parties to the United Nations Convention against Transnational Organized Crime". */
  body: string;
  /** United Nations document symbol, e.g. "CTOC/COP/2022/L.5/Rev.1", "A/RES/78/1". */
  symbol?: string;
  /** "10/3" for Conference resolutions and decisions. */
  number?: string;
  /** 1-13 for the Working Group's recommendation lists. */
  meeting?: number;
  year: number;
  /** ISO date (YYYY-MM-DD) when the text gives one. */
  date?: string;
  session?: string;
  sponsors?: string;
  /** "The Conference of the Parties …," */
  chapeau?: string;
  /** Source files (or upload names) the document was read from. */
  sources: string[];
  /** Id of the document this one became (a draft → its adopted resolution). */
  becameId?: string;
  /** Id of the draft this one came from (an adopted resolution → its draft). */
  draftIds?: string[];
  /** Notes on the document as a whole: footnotes whose marker is not in a paragraph, editorial notes. */
  notes?: string[];
  paragraphs: CorpusParagraph[];
}

export interface TopicRef {
  documentId: string;
  ref: string;
}

export interface CorpusTopic {
  topic: string;
  refs: TopicRef[];
  /** References from the index that point into the corpus but did not resolve, as written. */
  unresolved: string[];
}

export interface CorpusImportReport {
  documents: number;
  paragraphs: number;
  topics: number;
  resolvedRefs: number;
  unresolvedRefs: string[];
  /** References to texts outside the corpus (meeting reports, session documents), counted apart. */
  externalRefs: number;
  warnings: string[];
}

export interface ParsedCorpus {
  documents: CorpusDocument[];
  topics: CorpusTopic[];
  report: CorpusImportReport;
}
