import { findRecordsFor, type ChangeRecord } from '@/lib/attribution/credit-changes';
import type { ComparisonPair } from '@/lib/compare';
import type { ComparableText } from './resolve-comparable-text';

/** The records about one compared pair: by the draft paragraph ids on either side, else by the old text itself. */
export function findPairRecords(
  records: readonly ChangeRecord[],
  left: ComparableText,
  right: ComparableText,
  pair: Pick<ComparisonPair, 'from' | 'to' | 'fromRefs' | 'toRefs'>,
): ChangeRecord[] {
  const fromRefs = pair.fromRefs ?? (pair.from !== null ? [pair.from] : []);
  const toRefs = pair.toRefs ?? (pair.to !== null ? [pair.to] : []);
  const olds = fromRefs.map((ref) => left.paragraphs.find((paragraph) => paragraph.ref === ref)).filter((p) => p !== undefined);
  const news = toRefs.map((ref) => right.paragraphs.find((paragraph) => paragraph.ref === ref)).filter((p) => p !== undefined);
  const ids = [...olds, ...news].map((paragraph) => paragraph.id).filter((id): id is string => Boolean(id));
  const oldWithoutId = olds.filter((paragraph) => !paragraph.id).map((paragraph) => paragraph.text);
  const found = new Set(findRecordsFor(records, ids));
  for (const text of oldWithoutId) for (const record of findRecordsFor(records, [], text)) found.add(record);
  return records.filter((record) => found.has(record));
}
