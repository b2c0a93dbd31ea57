/**
 * Compares two versions of a resolution paragraph by paragraph: alignment
 * first (renumbering, moves, splits, merges, insertions, deletions), then a
 * word diff inside each aligned pair.
 */

import { alignParagraphs, type AlignedGroup } from './align-paragraphs';
import { buildSimilarityIndex } from './build-similarity-index';
import { diffWords } from './diff-words';
import type { CompareOptions, ComparableParagraph, ComparisonPair, ComparisonResult, ComparisonSummary, DiffOp } from './types';

/** Separator between the texts of several paragraphs in a split or merge pair. */
export const GROUP_TEXT_SEPARATOR = '\n';

export function compareTexts(a: ComparableParagraph[], b: ComparableParagraph[], options: CompareOptions = {}): ComparisonResult {
  const index = buildSimilarityIndex(
    a.map((paragraph) => paragraph.text),
    b.map((paragraph) => paragraph.text),
  );
  const oldKeys = a.map((paragraph) => collapseSpaces(paragraph.text));
  const newKeys = b.map((paragraph) => collapseSpaces(paragraph.text));
  const groups = alignParagraphs({
    oldKinds: a.map((paragraph) => paragraph.kind),
    newKinds: b.map((paragraph) => paragraph.kind),
    index,
    isIdentical: (oldIndex, newIndex) => oldKeys[oldIndex] === newKeys[newIndex],
  });
  const pairs = orderPairs(a, b, groups, options);
  return { pairs, summary: summarizePairs(pairs) };
}

/**
 * Reading order of the new text; a deleted paragraph follows the pair of the
 * nearest earlier old paragraph that kept its place (where it stood), or opens
 * the list when there is none.
 */
function orderPairs(a: ComparableParagraph[], b: ComparableParagraph[], groups: AlignedGroup[], options: CompareOptions): ComparisonPair[] {
  const groupOfNew = new Map<number, AlignedGroup>();
  const groupOfOld = new Map<number, AlignedGroup>();
  for (const group of groups) {
    for (const newIndex of group.newIndexes) groupOfNew.set(newIndex, group);
    for (const oldIndex of group.oldIndexes) groupOfOld.set(oldIndex, group);
  }

  const deletedAfter = new Map<AlignedGroup | null, number[]>();
  let anchor: AlignedGroup | null = null;
  a.forEach((_, oldIndex) => {
    const group = groupOfOld.get(oldIndex);
    if (group?.inOrder) anchor = group;
    if (group) return;
    const list = deletedAfter.get(anchor) ?? [];
    list.push(oldIndex);
    deletedAfter.set(anchor, list);
  });

  const pairs: ComparisonPair[] = [];
  const pushDeleted = (after: AlignedGroup | null) => {
    for (const oldIndex of deletedAfter.get(after) ?? []) pairs.push(buildDeletedPair(a[oldIndex]!));
  };
  pushDeleted(null);
  b.forEach((paragraph, newIndex) => {
    const group = groupOfNew.get(newIndex);
    if (!group) {
      pairs.push(buildNewPair(paragraph));
      return;
    }
    if (group.newIndexes[0] !== newIndex) return;
    pairs.push(buildGroupPair(a, b, group, options));
    pushDeleted(group);
  });
  return pairs;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function buildNewPair(paragraph: ComparableParagraph): ComparisonPair {
  return addAttribution(
    { from: null, to: paragraph.ref, status: 'new', similarity: 0, ops: buildTextOps(1, paragraph.text), kind: paragraph.kind },
    paragraph,
  );
}

function buildDeletedPair(paragraph: ComparableParagraph): ComparisonPair {
  return addAttribution(
    { from: paragraph.ref, to: null, status: 'deleted', similarity: 0, ops: buildTextOps(-1, paragraph.text), kind: paragraph.kind },
    paragraph,
  );
}

function buildGroupPair(a: ComparableParagraph[], b: ComparableParagraph[], group: AlignedGroup, options: CompareOptions): ComparisonPair {
  const olds = group.oldIndexes.map((index) => a[index]!);
  const news = group.newIndexes.map((index) => b[index]!);
  const oldText = olds.map((paragraph) => paragraph.text).join(GROUP_TEXT_SEPARATOR);
  const newText = news.map((paragraph) => paragraph.text).join(GROUP_TEXT_SEPARATOR);
  const diff = diffWords(oldText, newText, options);
  const first = news[0]!;
  const pair: ComparisonPair = {
    from: olds[0]!.ref,
    to: first.ref,
    status: 'changed',
    similarity: diff.similarity,
    ops: diff.ops,
    kind: first.kind,
    moved: !group.inOrder,
  };
  if (news.length > 1 || olds.length > 1) {
    pair.fromRefs = olds.map((paragraph) => paragraph.ref);
    pair.toRefs = news.map((paragraph) => paragraph.ref);
    pair.status = news.length > 1 ? 'split' : 'merged';
  } else if (!group.inOrder) {
    pair.status = 'moved';
  } else if (diff.equal) {
    pair.status = 'unchanged';
  }
  return addAttribution(pair, first);
}

function addAttribution(pair: ComparisonPair, paragraph: ComparableParagraph): ComparisonPair {
  if (paragraph.attribution !== undefined) pair.attribution = paragraph.attribution;
  return pair;
}

function buildTextOps(op: -1 | 1, text: string): DiffOp[] {
  return text ? [[op, text]] : [];
}

function summarizePairs(pairs: ComparisonPair[]): ComparisonSummary {
  const summary: ComparisonSummary = { unchanged: 0, changed: 0, moved: 0, new: 0, deleted: 0, split: 0, merged: 0 };
  for (const pair of pairs) summary[pair.status] += 1;
  return summary;
}
