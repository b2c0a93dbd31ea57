import type { CorpusDocument, CorpusTopic } from '../corpus/types';
import { createIntBuffer } from './int-buffer';
import { createIntHashMap } from './int-hash-map';
import { createLanguageIndex } from './language-key';
import { createPostingPool } from './posting-pool';
import type { SearchIndex, SearchIndexOptions } from './types';

function formatFallbackCitation(doc: CorpusDocument, ref: string): string {
  const name = doc.number ? `${doc.kind} ${doc.number}` : doc.title;
  return `${name}, ${ref} (${doc.year})`;
}

export function createSearchIndex(options: SearchIndexOptions = {}): SearchIndex {
  const index: SearchIndex = {
    formatCitation: options.formatCitation ?? formatFallbackCitation,
    wordIds: new Map(),
    surfaceIds: new Map(),
    words: [],
    wordStem: createIntBuffer(1024),
    stemIds: new Map(),
    terms: createPostingPool(),
    shingleIds: createIntHashMap(),
    shingles: createPostingPool(1 << 18),
    documents: [],
    documentSlotById: new Map(),
    paragraphDoc: createIntBuffer(1024),
    paragraphSlot: createIntBuffer(1024),
    paragraphKey: createIntBuffer(1024),
    tokenStart: createIntBuffer(1024),
    tokenCount: createIntBuffer(1024),
    liveLength: createIntBuffer(1024),
    tokens: createIntBuffer(1 << 16),
    liveParagraphs: 0,
    liveTokens: 0,
    topics: new Map(),
    leadIds: new Map(),
    longestLead: 0,
    paragraphLead: createIntBuffer(1024),
    typo: { keys: new Map(), indexedWords: 0 },
    agreed: null,
    language: createLanguageIndex(),
    scores: new Float32Array(1024),
  };
  if (options.topics) setTopics(index, options.topics);
  return index;
}

/** Replaces the thematic index used by the `topic` filter. */
export function setTopics(index: SearchIndex, topics: CorpusTopic[]): void {
  index.topics = new Map(topics.map((topic) => [topic.topic.toLowerCase(), topic.refs]));
}
