import { createIntBuffer, pushInt } from './int-buffer';
import { isFunctionWord } from './function-words';
import { countRepeatedLanguage, groupIdenticalHits } from './group-identical-hits';
import { buildParagraphFilter, type ParagraphFilter } from './match-paragraphs';
import { hashTriple } from './hash-words';
import { parseQuery, type ParsedQuery } from './parse-query';
import { scanWords } from './scan-words';
import type { PostingPool } from './posting-pool';
import type { SearchHit, SearchIndex, SearchOptions, SearchResult, TextRange } from './types';

const K1 = 1.2;
const B = 0.75;
/**
 * Milder length normalisation when rescoring: a long operative paragraph that
 * contains the whole phrase should not lose to a short one by much.
 */
const RESCORE_B = 0.4;
/** Shared word sequences say more than shared words. */
const SHINGLE_BOOST = 1.5;
/**
 * Candidate generation reads the rarest features first and stops once this many
 * postings are read: a paragraph-long query then costs a few rare shingles, not
 * the postings of "the" and "States".
 */
const POSTING_BUDGET = 400_000;
/** Long queries have plenty of rare shingles; their common features only add cache misses. */
const LONG_QUERY_POSTING_BUDGET = 120_000;
const MAX_FEATURES = 64;
const SHORT_QUERY_CANDIDATES = 300;
const LONG_QUERY_CANDIDATES = 150;
const LONG_QUERY_WORDS = 24;
/**
 * A query is answered when one paragraph holds at least two fifths of its substance
 * (idf-weighted content words, a word the corpus never uses weighing as the rarest): below
 * that, the best hit shares only the formula, the addressee, function words or a common word
 * or two, which is what other languages and other subjects produce. Measured on the bench's
 * sets (docs/benchmarks.md): off-topic queries reach at most 0.40, answerable ones at least 0.36.
 */
const FOUND_COVERAGE = 0.4;

interface Feature {
  pool: PostingPool;
  feature: number;
  df: number;
  weight: number;
}

const touched = createIntBuffer(1 << 16);
let heapIds = new Int32Array(512);
let heapScores = new Float64Array(512);
let heapKeys = new Int32Array(512);

function listFeatures(query: ParsedQuery, index: SearchIndex): Feature[] {
  const budget = query.sequence.length > LONG_QUERY_WORDS ? LONG_QUERY_POSTING_BUDGET : POSTING_BUDGET;
  const features: Feature[] = query.terms.map((term) => ({
    pool: index.terms,
    feature: term.stemId,
    df: index.terms.df.data[term.stemId],
    weight: term.weight,
  }));
  for (const shingle of query.shingles.values()) {
    features.push({
      pool: index.shingles,
      feature: shingle.feature,
      df: index.shingles.df.data[shingle.feature],
      weight: shingle.weight * SHINGLE_BOOST,
    });
  }
  features.sort((a, b) => a.df - b.df);
  const chosen: Feature[] = [];
  let spent = 0;
  for (const feature of features) {
    if (chosen.length > 0 && (spent + feature.df > budget || chosen.length >= MAX_FEATURES)) break;
    chosen.push(feature);
    spent += feature.df;
  }
  return chosen;
}

/** Approximate BM25 over the chosen features, accumulated in index.scores; fills `touched`. */
function accumulateCandidates(index: SearchIndex, features: Feature[], filter: ParagraphFilter): void {
  const scores = index.scores;
  const lengths = index.liveLength.data;
  const paragraphDoc = index.paragraphDoc.data;
  const documentMask = filter.documents;
  const paragraphSet = filter.paragraphs;
  const leadFilter = filter.lead;
  const paragraphLead = index.paragraphLead.data;
  const lengthScale = (K1 * B) / Math.max(1, index.liveTokens / Math.max(1, index.liveParagraphs));
  const lengthBase = K1 * (1 - B);
  touched.size = 0;
  for (const { pool, feature, weight } of features) {
    const data = pool.data;
    const tail = pool.tail.data[feature];
    const tailFill = pool.tailFill.data[feature];
    const scaled = weight * (K1 + 1);
    for (let block = pool.head.data[feature]; block >= 0; block = data[block]) {
      const end = block + 2 + (block === tail ? tailFill : data[block + 1]);
      for (let i = block + 2; i < end; i++) {
        const packed = data[i];
        const paragraphId = packed >>> 4;
        const length = lengths[paragraphId];
        if (length < 0) continue;
        if (documentMask !== null && documentMask[paragraphDoc[paragraphId]] === 0) continue;
        if (paragraphSet !== null && !paragraphSet.has(paragraphId)) continue;
        if (leadFilter !== null && paragraphLead[paragraphId] !== leadFilter) continue;
        const tf = packed & 15;
        const previous = scores[paragraphId];
        if (previous === 0) pushInt(touched, paragraphId);
        scores[paragraphId] = previous + (scaled * tf) / (tf + lengthBase + lengthScale * length);
      }
    }
  }
}

/**
 * Top `count` touched paragraphs by accumulated score (a min-heap), clearing the
 * accumulator. Equal scores are ordered by paragraph key, never by the order
 * paragraphs were touched, so the cut falls alike in every process.
 */
function takeTopCandidates(index: SearchIndex, count: number): number[] {
  const scores = index.scores;
  const keys = index.paragraphKey.data;
  if (heapIds.length < count) {
    heapIds = new Int32Array(count);
    heapScores = new Float64Array(count);
    heapKeys = new Int32Array(count);
  }
  let size = 0;
  for (let t = 0; t < touched.size; t++) {
    const id = touched.data[t];
    const score = scores[id];
    const key = keys[id];
    scores[id] = 0;
    if (size < count) {
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapScores[parent] < score || (heapScores[parent] === score && heapKeys[parent] <= key)) break;
        heapIds[i] = heapIds[parent];
        heapScores[i] = heapScores[parent];
        heapKeys[i] = heapKeys[parent];
        i = parent;
      }
      heapIds[i] = id;
      heapScores[i] = score;
      heapKeys[i] = key;
    } else if (score > heapScores[0] || (score === heapScores[0] && key > heapKeys[0])) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const right = left + 1;
        const child =
          right < size &&
          (heapScores[right] < heapScores[left] || (heapScores[right] === heapScores[left] && heapKeys[right] < heapKeys[left]))
            ? right
            : left;
        if (heapScores[child] > score || (heapScores[child] === score && heapKeys[child] >= key)) break;
        heapIds[i] = heapIds[child];
        heapScores[i] = heapScores[child];
        heapKeys[i] = heapKeys[child];
        i = child;
      }
      heapIds[i] = id;
      heapScores[i] = score;
      heapKeys[i] = key;
    }
  }
  return Array.from(heapIds.subarray(0, size));
}

function containsSequence(stems: Int32Array, length: number, phrase: Int32Array): boolean {
  outer: for (let i = 0; i + phrase.length <= length; i++) {
    for (let j = 0; j < phrase.length; j++) if (stems[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Longest run of consecutive query words found in the same order in the paragraph. */
function measureLongestRun(query: Int32Array, stems: Int32Array, length: number, row: Int32Array): number {
  row.fill(0, 0, query.length + 1);
  let best = 0;
  for (let p = 0; p < length; p++) {
    const stem = stems[p];
    for (let q = query.length; q >= 1; q--) {
      if (query[q - 1] === stem) {
        const run = row[q - 1] + 1;
        row[q] = run;
        if (run > best) best = run;
      } else {
        row[q] = 0;
      }
    }
  }
  return best;
}

let stemBuffer = new Int32Array(1024);

/**
 * Precise score of one candidate on the whole query: BM25 share of the query's
 * word weight, share of its shingle weight, and the longest phrase run, so an
 * exact phrase beats the same words scattered. Returns -1 when a quoted phrase is missing.
 */
function scoreParagraph(index: SearchIndex, query: ParsedQuery, paragraphId: number, scratch: RescoreScratch): number {
  const start = index.tokenStart.data[paragraphId];
  const length = index.tokenCount.data[paragraphId];
  if (stemBuffer.length < length) stemBuffer = new Int32Array(length * 2);
  const tokens = index.tokens.data;
  const wordStem = index.wordStem.data;
  const tf = scratch.tf;
  tf.fill(0);
  for (let i = 0; i < length; i++) {
    const stem = wordStem[tokens[start + i]];
    stemBuffer[i] = stem;
    const slot = query.termSlot.get(stem);
    if (slot !== undefined) tf[slot]++;
  }
  for (const phrase of query.phrases) if (!containsSequence(stemBuffer, length, phrase)) return -1;

  const lengthNorm = K1 * (1 - RESCORE_B + (RESCORE_B * length) / scratch.averageLength);
  let termScore = 0;
  query.terms.forEach((term, slot) => {
    const f = tf[slot];
    if (f > 0) termScore += (term.weight * f * (K1 + 1)) / (f + lengthNorm);
  });
  termScore /= Math.max(1e-9, query.termWeightTotal);

  let shingleScore = 0;
  if (query.shingleWeightTotal > 0) {
    const seen = scratch.seenShingles;
    seen.fill(0);
    for (let i = 0; i + 2 < length; i++) {
      const shingle = query.shingles.get(hashTriple(stemBuffer[i], stemBuffer[i + 1], stemBuffer[i + 2]));
      if (shingle !== undefined && seen[shingle.slot] === 0) {
        seen[shingle.slot] = 1;
        shingleScore += shingle.weight;
      }
    }
    shingleScore /= query.shingleWeightTotal;
  }

  // the run that counts is of the substance: "Calls upon States to" is shared by hundreds of paragraphs
  const runOver = query.contentLength > 0 ? query.contentSequence : query.sequence;
  const runLength = query.contentLength > 0 ? query.contentLength : query.sequence.length;
  const run = measureLongestRun(runOver, stemBuffer, length, scratch.row);
  const runShare = run / runLength;
  const wholePhrase = runLength >= 2 && run === runLength ? 1 : 0;
  scratch.coverage = Math.max(scratch.coverage, measureCoverage(query, tf));
  const score = termScore + shingleScore + runShare * runShare + wholePhrase;
  return score * index.documents[index.paragraphDoc.data[paragraphId]].kindFactor;
}

interface RescoreScratch {
  tf: Float64Array;
  seenShingles: Uint8Array;
  row: Int32Array;
  averageLength: number;
  /** Best share of the query's substance found in one candidate so far. */
  coverage: number;
}

/**
 * Share of the query's substance a paragraph holds: its content words (not the formula, the
 * addressee or function words) weighted by idf, a spelling correction counting as the guess it is.
 */
function measureCoverage(query: ParsedQuery, tf: Float64Array): number {
  if (query.contentWeightTotal <= 0) return 0;
  let held = 0;
  for (const word of query.content) {
    if (word.slots.some((slot) => tf[slot] > 0)) held += word.weight * word.credit;
  }
  return held / query.contentWeightTotal;
}

function findMatches(index: SearchIndex, query: ParsedQuery, text: string): TextRange[] {
  const matches: TextRange[] = [];
  scanWords(text, (word, start, end) => {
    const wordId = index.wordIds.get(word);
    // "of", "the" matching says nothing about why a paragraph came up
    if (wordId !== undefined && !isFunctionWord(word) && query.termSlot.has(index.wordStem.data[wordId])) matches.push({ start, end });
  });
  return matches;
}

export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const limit = Math.max(0, options.limit ?? 10);
  const offset = Math.max(0, options.offset ?? 0);
  const parsed = parseQuery(index, query);
  if (parsed.terms.length === 0 || parsed.impossible) return { hits: [], total: 0, found: false };

  const filter = buildParagraphFilter(index, options.filter);
  accumulateCandidates(index, listFeatures(parsed, index), filter);
  const touchedCount = touched.size;
  const wanted = Math.max(offset + limit, parsed.sequence.length > LONG_QUERY_WORDS ? LONG_QUERY_CANDIDATES : SHORT_QUERY_CANDIDATES);
  const candidates = takeTopCandidates(index, wanted);

  const scratch: RescoreScratch = {
    tf: new Float64Array(parsed.terms.length),
    seenShingles: new Uint8Array(parsed.shingles.size),
    row: new Int32Array(parsed.sequence.length + 1),
    averageLength: Math.max(1, index.liveTokens / Math.max(1, index.liveParagraphs)),
    coverage: 0,
  };
  const scored: { paragraphId: number; score: number; year: number; documentId: string; slot: number }[] = [];
  for (const paragraphId of candidates) {
    const score = scoreParagraph(index, parsed, paragraphId, scratch);
    if (score < 0) continue;
    const { doc } = index.documents[index.paragraphDoc.data[paragraphId]];
    scored.push({ paragraphId, score, year: doc.year, documentId: doc.id, slot: index.paragraphSlot.data[paragraphId] });
  }
  // ties by document id and position, not by when a document was added: every process pages alike
  scored.sort(
    (a, b) =>
      b.score - a.score || b.year - a.year || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) || a.slot - b.slot,
  );

  // nothing answers: "No agreed language found" rather than a page of paragraphs sharing only the formula
  if (scratch.coverage < FOUND_COVERAGE) return { hits: [], total: 0, found: false };

  const groups = groupIdenticalHits(index, scored, filter);
  const cite = (paragraphId: number) => {
    const { doc } = index.documents[index.paragraphDoc.data[paragraphId]];
    const paragraph = doc.paragraphs[index.paragraphSlot.data[paragraphId]];
    return { doc, paragraph, place: { documentId: doc.id, ref: paragraph.ref, citation: index.formatCitation(doc, paragraph.ref) } };
  };
  const hits: SearchHit[] = groups.slice(offset, offset + limit).map(({ paragraphId, score, others }) => {
    const { paragraph, place } = cite(paragraphId);
    const hit: SearchHit = {
      ...place,
      score: Math.round(score * 10_000) / 10_000,
      text: paragraph.text,
      matches: findMatches(index, parsed, paragraph.text),
    };
    if (others.length > 0) hit.alsoIn = others.map((other) => cite(other).place);
    return hit;
  });
  const total = parsed.phrases.length > 0 ? groups.length : touchedCount - countRepeatedLanguage(index, touched);
  return { hits, total };
}
