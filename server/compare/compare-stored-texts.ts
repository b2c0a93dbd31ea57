import { compareTexts, type ComparisonResult } from '@/lib/compare';
import type { Db } from '@/server/db/client';
import { resolveComparableText, type ComparableText } from './resolve-comparable-text';

export interface StoredComparison extends ComparisonResult {
  a: Pick<ComparableText, 'key' | 'label'>;
  b: Pick<ComparableText, 'key' | 'label'>;
}

export async function compareStoredTexts(db: Db, a: string, b: string, options: { showNoise?: boolean } = {}): Promise<StoredComparison> {
  const [left, right] = await Promise.all([resolveComparableText(db, a), resolveComparableText(db, b)]);
  const result = compareTexts(left.paragraphs, right.paragraphs, options);
  return { ...result, a: { key: left.key, label: left.label }, b: { key: right.key, label: right.label } };
}
