import type { CorpusDocument, CorpusTopic, TopicRef } from '../corpus/types';
import type { IntBuffer } from './int-buffer';
import type { IntHashMap } from './int-hash-map';
import type { PostingPool } from './posting-pool';

export interface SearchFilter {
  /** Case-insensitive substring of the issuing body ("Working Group", "Conference of the Parties"). */
  body?: string;
  /** Document kinds to keep ("resolution", "draft resolution", …). */
  kind?: string[];
  yearFrom?: number;
  yearTo?: number;
  /** Topic name from the thematic index (case-insensitive); set the topics with setTopics. */
  topic?: string;
  /** Explicit paragraphs; a ref also admits its subparagraphs ("45" admits "45(j)"). */
  topicRefs?: TopicRef[];
  documentIds?: string[];
  /** Only paragraphs opening with this formula (lead), compared without case: "same opening verb" ("Encourages"). */
  lead?: string;
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  filter?: SearchFilter;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface SearchHit {
  documentId: string;
  ref: string;
  citation: string;
  score: number;
  text: string;
  /** Character ranges in `text` of the words that match query words. */
  matches: TextRange[];
  /**
   * The same language, identical after normalisation, elsewhere in the corpus: one hit per piece of language, citing
   * the adopted (then latest) text, the others listed here ("also in 10/3 OP 11, Colombia rev. draft OP 10").
   */
  alsoIn?: { documentId: string; ref: string; citation: string }[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Paragraphs that matched at least one searched word; for quoted phrases, those that contain them. */
  total: number;
  /**
   * False when no paragraph answers the query (another language, off-topic, only the formula shared): the UI says
   * "No agreed language found" instead of listing noise. Absent means true.
   */
  found?: boolean;
}

export interface AgreedSpan {
  start: number;
  end: number;
  documentId: string;
  ref: string;
  citation: string;
}

export interface AgreedLanguageResult {
  /** Share (0..1) of the text's words inside at least one span. */
  coverage: number;
  spans: AgreedSpan[];
}

export type FormatCitation = (doc: CorpusDocument, ref: string) => string;

export interface SearchIndexOptions {
  formatCitation?: FormatCitation;
  topics?: CorpusTopic[];
}

export interface DocumentEntry {
  doc: CorpusDocument;
  alive: boolean;
  adopted: boolean;
  /** Tie-break weight: adopted texts above compendium extracts above drafts. */
  kindFactor: number;
  firstParagraph: number;
  paragraphCount: number;
}

export interface AgreedGramIndex {
  /** 6-word hash → newest occurrence; occurrences of one hash are chained through `next`. */
  heads: IntHashMap;
  paragraph: IntBuffer;
  position: IntBuffer;
  next: IntBuffer;
  indexedParagraphs: number;
}

/**
 * Paragraphs whose language is identical after normalisation, chained per hash at indexing time so that grouping
 * them costs nothing per query for the paragraphs that stand alone (nearly all of them).
 */
export interface LanguageIndex {
  /** Hash of each paragraph's normalised text. */
  hash: IntBuffer;
  /** Normalised-text hash → newest paragraph with it; older ones are chained through `next`. */
  heads: IntHashMap;
  next: IntBuffer;
  /** 1 where another paragraph, live when this one was indexed, has identical language. */
  shared: IntBuffer;
  sharedParagraphs: number;
}

export interface TypoIndex {
  /** Word or one-deletion variant → word ids that produce it. */
  keys: Map<string, number[]>;
  indexedWords: number;
}

export interface SearchIndex {
  formatCitation: FormatCitation;
  wordIds: Map<string, number>;
  /** Raw spelling as found in texts ("States", "trafficking") → word id, to skip normalising it again. */
  surfaceIds: Map<string, number>;
  words: string[];
  /** word id → stem id */
  wordStem: IntBuffer;
  stemIds: Map<string, number>;
  /** Postings per stem id. */
  terms: PostingPool;
  /** Word 3-gram (of stems) hash → feature id in `shingles`. */
  shingleIds: IntHashMap;
  shingles: PostingPool;
  documents: DocumentEntry[];
  documentSlotById: Map<string, number>;
  paragraphDoc: IntBuffer;
  paragraphSlot: IntBuffer;
  /** hashParagraphKey of each paragraph: breaks equal scores independently of the order documents were added in. */
  paragraphKey: IntBuffer;
  tokenStart: IntBuffer;
  tokenCount: IntBuffer;
  /** Word count of live paragraphs, -1 for removed ones: one array read per posting while scoring. */
  liveLength: IntBuffer;
  /** Word ids of every paragraph, concatenated. */
  tokens: IntBuffer;
  liveParagraphs: number;
  liveTokens: number;
  topics: Map<string, TopicRef[]>;
  /** Opening formulas the corpus uses (normalised words, "calls upon") → id; `paragraphLead` holds one per paragraph. */
  leadIds: Map<string, number>;
  /** Words in the longest known lead: a query tries no longer opening. */
  longestLead: number;
  /** Lead id of each paragraph, -1 for none: the "same opening words" filter. */
  paragraphLead: IntBuffer;
  typo: TypoIndex;
  agreed: AgreedGramIndex | null;
  /** Paragraphs with identical language, for one hit per piece of language. */
  language: LanguageIndex;
  scores: Float32Array;
}
