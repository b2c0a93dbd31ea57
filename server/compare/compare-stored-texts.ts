import { compareTexts, type ComparisonPair, type ComparisonResult } from '@/lib/compare';
import type { Db } from '@/server/db/client';
import { findPairRecords } from './find-pair-records';
import { readChangeRecords } from './read-change-records';
import { resolveComparableText, type ComparableText, type TextReader } from './resolve-comparable-text';

export interface StoredComparison extends ComparisonResult {
  a: Pick<ComparableText, 'key' | 'label'>;
  b: Pick<ComparableText, 'key' | 'label'>;
}

/**
 * Between two states of one draft, each paragraph's changes are credited to the
 * delegations whose proposals on it were accepted in that interval, and to the
 * Chair for the facilitator's direct edits; a paragraph removed from a corpus
 * text the draft started from goes to whoever replaced or deleted it.
 */
async function attributeByRecords(db: Db, left: ComparableText, right: ComparableText, pairs: ComparisonPair[]): Promise<void> {
  const records = await readChangeRecords(db, left, right);
  if (!records) return;
  for (const pair of pairs) {
    const found = findPairRecords(records, left, right, pair);
    const authors = [...new Set(found.map((record) => record.author))];
    if (authors.length && pair.status !== 'unchanged') pair.attribution = authors.join(', ');
    else delete pair.attribution;
  }
}

/** Compares two texts already resolved, crediting changes where the texts are states of one draft. */
export async function compareResolvedTexts(
  db: Db,
  left: ComparableText,
  right: ComparableText,
  options: { showNoise?: boolean } = {},
): Promise<ComparisonResult> {
  const result = compareTexts(left.paragraphs, right.paragraphs, options);
  await attributeByRecords(db, left, right, result.pairs);
  return result;
}

export async function compareStoredTexts(
  db: Db,
  a: string,
  b: string,
  reader: TextReader,
  options: { showNoise?: boolean } = {},
): Promise<StoredComparison> {
  const [left, right] = await Promise.all([resolveComparableText(db, a, reader), resolveComparableText(db, b, reader)]);
  const result = await compareResolvedTexts(db, left, right, options);
  return { ...result, a: { key: left.key, label: left.label }, b: { key: right.key, label: right.label } };
}
