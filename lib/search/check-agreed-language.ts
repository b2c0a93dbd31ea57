import { compareCitationOrder } from './document-kinds';
import { isFunctionWord } from './function-words';
import { findCitedParagraph } from './group-identical-hits';
import { hashSequence } from './hash-words';
import { createIntBuffer, pushInt } from './int-buffer';
import { createIntHashMap, getIntValue, setIntValue } from './int-hash-map';
import { splitWords } from './scan-words';
import type { AgreedGramIndex, AgreedLanguageResult, AgreedSpan, SearchIndex } from './types';

/** Shorter overlaps are ordinary phrasing ("trafficking in persons, especially women"), not agreed language. */
export const MIN_AGREED_WORDS = 6;
/** A shared run whose substance is fewer words than this ("in accordance with the provisions of the") is grammar. */
export const MIN_AGREED_CONTENT_WORDS = 3;
/** A 6-word window found in more places than this is boilerplate; its newest occurrences decide. */
const MAX_OCCURRENCES = 512;

/**
 * The 6-gram index over adopted paragraphs is built on the first check and then
 * extended with paragraphs added since, so searching alone never pays for it.
 */
function updateAgreedIndex(index: SearchIndex): AgreedGramIndex {
  const agreed = (index.agreed ??= {
    heads: createIntHashMap(1 << 16),
    paragraph: createIntBuffer(1 << 16),
    position: createIntBuffer(1 << 16),
    next: createIntBuffer(1 << 16),
    indexedParagraphs: 0,
  });
  const tokens = index.tokens.data;
  for (let p = agreed.indexedParagraphs; p < index.paragraphDoc.size; p++) {
    if (index.liveLength.data[p] < 0) continue;
    if (!index.documents[index.paragraphDoc.data[p]].adopted) continue;
    const start = index.tokenStart.data[p];
    const last = index.tokenCount.data[p] - MIN_AGREED_WORDS;
    for (let position = 0; position <= last; position++) {
      const hash = hashSequence(tokens, start + position, MIN_AGREED_WORDS);
      const occurrence = agreed.paragraph.size;
      pushInt(agreed.paragraph, p);
      pushInt(agreed.position, position);
      pushInt(agreed.next, getIntValue(agreed.heads, hash));
      setIntValue(agreed.heads, hash, occurrence);
    }
  }
  agreed.indexedParagraphs = index.paragraphDoc.size;
  return agreed;
}

/** Search's citation order (compareCitationOrder), then the paragraph key so ties never depend on indexing order. */
function compareSources(index: SearchIndex, a: number, b: number): number {
  const docOf = (p: number) => index.documents[index.paragraphDoc.data[p]].doc;
  return compareCitationOrder(docOf(a), docOf(b)) || index.paragraphKey.data[b] - index.paragraphKey.data[a];
}

/**
 * Finds the stretches of `text` (6 words or more, maximal) that adopted texts
 * already contain word for word, ignoring case, punctuation and quote style.
 * Each is trimmed of function words at its edges and kept only when enough
 * substance remains; it cites the text search cites for that language: adopted
 * before drafts, then the latest (see group-identical-hits.ts).
 */
export function checkAgreedLanguage(index: SearchIndex, text: string): AgreedLanguageResult {
  const { words, starts, ends } = splitWords(text);
  const ids = Int32Array.from(words, (word) => index.wordIds.get(word) ?? -1);
  const n = ids.length;
  if (n < MIN_AGREED_WORDS) return { coverage: 0, spans: [] };
  const agreed = updateAgreedIndex(index);
  const tokens = index.tokens.data;
  const liveLength = index.liveLength.data;

  const bestEnd = new Int32Array(n);
  const bestSource = new Int32Array(n).fill(-1);
  let unknownAt = -1;
  for (let i = 0; i < MIN_AGREED_WORDS - 1; i++) if (ids[i] < 0) unknownAt = i;
  for (let i = 0; i + MIN_AGREED_WORDS <= n; i++) {
    if (ids[i + MIN_AGREED_WORDS - 1] < 0) unknownAt = i + MIN_AGREED_WORDS - 1;
    if (unknownAt >= i) continue;
    let end = -1;
    let source = -1;
    let examined = 0;
    for (
      let o = getIntValue(agreed.heads, hashSequence(ids, i, MIN_AGREED_WORDS));
      o >= 0 && examined < MAX_OCCURRENCES;
      o = agreed.next.data[o], examined++
    ) {
      const paragraphId = agreed.paragraph.data[o];
      if (liveLength[paragraphId] < 0) continue;
      const from = index.tokenStart.data[paragraphId] + agreed.position.data[o];
      const limit = Math.min(n - i, index.tokenStart.data[paragraphId] + index.tokenCount.data[paragraphId] - from);
      let k = 0;
      while (k < limit && tokens[from + k] === ids[i + k]) k++;
      if (k < MIN_AGREED_WORDS) continue;
      if (i + k > end || (i + k === end && compareSources(index, paragraphId, source) < 0)) {
        end = i + k;
        source = paragraphId;
      }
    }
    bestEnd[i] = end;
    bestSource[i] = source;
  }

  const spans: AgreedSpan[] = [];
  const covered = new Uint8Array(n);
  let reach = 0;
  for (let i = 0; i < n; i++) {
    if (bestSource[i] < 0 || bestEnd[i] <= reach) continue;
    reach = bestEnd[i];
    let first = i;
    let last = reach - 1;
    while (first <= last && isFunctionWord(words[first])) first++;
    while (last >= first && isFunctionWord(words[last])) last--;
    let content = 0;
    for (let w = first; w <= last; w++) if (!isFunctionWord(words[w])) content++;
    if (content < MIN_AGREED_CONTENT_WORDS) continue;
    covered.fill(1, first, last + 1);
    const paragraphId = findCitedParagraph(index, bestSource[i]);
    const { doc } = index.documents[index.paragraphDoc.data[paragraphId]];
    const ref = doc.paragraphs[index.paragraphSlot.data[paragraphId]].ref;
    spans.push({
      start: starts[first],
      end: ends[last],
      documentId: doc.id,
      ref,
      citation: index.formatCitation(doc, ref),
    });
  }
  const coveredWords = covered.reduce((sum, value) => sum + value, 0);
  return { coverage: coveredWords / n, spans };
}
