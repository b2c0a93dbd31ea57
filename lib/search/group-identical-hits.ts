import { compareCitationOrder } from './document-kinds';
import type { IntBuffer } from './int-buffer';
import { listIdenticalParagraphs } from './language-key';
import type { ParagraphFilter } from './match-paragraphs';
import type { SearchIndex } from './types';

export interface LanguageGroup {
  /** The paragraph cited: adopted, then latest (compareCitationOrder). */
  paragraphId: number;
  /** Best score in the group: where the group ranks. */
  score: number;
  /** The same language elsewhere, in citation order. */
  others: number[];
}

function admitFilter(index: SearchIndex, filter: ParagraphFilter): (paragraphId: number) => boolean {
  return (paragraphId) =>
    (filter.documents === null || filter.documents[index.paragraphDoc.data[paragraphId]] === 1) &&
    (filter.paragraphs === null || filter.paragraphs.has(paragraphId));
}

/** Sorts paragraphs of one language into citation order; ties fall to the paragraph key, never to indexing order. */
export function sortByCitationOrder(index: SearchIndex, paragraphs: number[]): number[] {
  const docOf = (p: number) => index.documents[index.paragraphDoc.data[p]].doc;
  return paragraphs.sort((a, b) => compareCitationOrder(docOf(a), docOf(b)) || index.paragraphKey.data[b] - index.paragraphKey.data[a]);
}

/** The paragraph search cites for this paragraph's language (among live paragraphs, no filter). */
export function findCitedParagraph(index: SearchIndex, paragraphId: number): number {
  if (index.language.shared.data[paragraphId] === 0) return paragraphId;
  return sortByCitationOrder(index, listIdenticalParagraphs(index, paragraphId))[0];
}

/**
 * One hit per piece of language: ranked hits (best first) whose texts are identical after normalisation become one
 * group, ranked where its best member ranked and citing the adopted then latest text, including identical paragraphs
 * that the filter admits but the candidate cut left out.
 */
export function groupIdenticalHits(
  index: SearchIndex,
  ranked: { paragraphId: number; score: number }[],
  filter: ParagraphFilter,
): LanguageGroup[] {
  if (index.language.sharedParagraphs === 0) {
    return ranked.map(({ paragraphId, score }) => ({ paragraphId, score, others: [] }));
  }
  const admit = admitFilter(index, filter);
  const grouped = new Set<number>();
  const groups: LanguageGroup[] = [];
  for (const { paragraphId, score } of ranked) {
    if (grouped.has(paragraphId)) continue;
    if (index.language.shared.data[paragraphId] === 0) {
      groups.push({ paragraphId, score, others: [] });
      continue;
    }
    const members = sortByCitationOrder(index, listIdenticalParagraphs(index, paragraphId, admit));
    for (const member of members) grouped.add(member);
    groups.push({ paragraphId: members[0], score, others: members.slice(1) });
  }
  return groups;
}

/**
 * How many of the touched paragraphs repeat the language of another touched one, so that `total` counts each piece
 * of language once. Only paragraphs flagged as shared at indexing time are hashed.
 */
export function countRepeatedLanguage(index: SearchIndex, touched: IntBuffer): number {
  const language = index.language;
  if (language.sharedParagraphs === 0) return 0;
  const shared = language.shared.data;
  const hashes = language.hash.data;
  const seen = new Set<number>();
  let sharedTouched = 0;
  for (let t = 0; t < touched.size; t++) {
    const paragraphId = touched.data[t];
    if (shared[paragraphId] === 0) continue;
    sharedTouched++;
    seen.add(hashes[paragraphId]);
  }
  return sharedTouched - seen.size;
}
