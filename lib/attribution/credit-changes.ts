import { readChangedWords } from './read-changed-words';

/**
 * One recorded change of a paragraph's text between two states of a draft: an
 * accepted proposal (its delegation; the text it was made against and its
 * wording) or a chair edit (the Chair; the text before and after). Removed
 * words are traced from these records, never from the document's history.
 */
export interface ChangeRecord {
  /** A delegation code, or the Chair's. */
  author: string;
  paragraphId: string;
  before: string;
  after: string;
  /** ISO time of the decision or the edit. */
  at: string;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const wordsOf = (text: string) => normalize(text).split(' ').filter(Boolean);

/**
 * The records about a pair of paragraphs: those on its ids, and, for a side
 * with no id (a corpus text the draft started from), those whose text before
 * the change held that side's text (the original a proposal replaced).
 */
export function findRecordsFor(records: readonly ChangeRecord[], ids: readonly string[], oldTextWithoutId?: string): ChangeRecord[] {
  const old = oldTextWithoutId === undefined ? '' : normalize(oldTextWithoutId);
  return records.filter((record) => {
    if (ids.includes(record.paragraphId)) return true;
    if (!old) return false;
    const before = normalize(record.before);
    // The same text, give or take a few words edited before the change (a boilerplate phrase alone is not enough).
    if (before === '' || Math.min(before.length, old.length) < Math.max(before.length, old.length) * 0.8) return false;
    return before.includes(old) || old.includes(before);
  });
}

/**
 * Who made one inserted or deleted run of a comparison: the record whose own
 * inserted (or deleted) words share most words with it, the later one on a
 * tie; undefined when no record has any of its words.
 */
export function creditRun(op: -1 | 1, text: string, records: readonly ChangeRecord[]): string | undefined {
  const words = wordsOf(text);
  if (words.length === 0) return undefined;
  let best: { author: string; score: number } | undefined;
  for (const record of records) {
    const changed = readChangedWords(record.before, record.after);
    const runs = new Set((op === 1 ? changed.inserted : changed.deleted).flatMap(wordsOf));
    const score = words.filter((word) => runs.has(word)).length;
    if (score > 0 && (!best || score >= best.score)) best = { author: record.author, score };
  }
  return best?.author;
}

/** The author of each op (undefined for equal runs and runs no record explains). */
export function creditOps(
  ops: readonly (readonly [number, string, ...unknown[]])[],
  records: readonly ChangeRecord[],
): (string | undefined)[] {
  return ops.map(([op, text]) => (op === 1 || op === -1 ? creditRun(op, text, records) : undefined));
}

/** Who wrote a whole new paragraph, or removed a whole one, from the records: the latest whose text after (before) holds it. */
export function creditWhole(change: 'new' | 'deleted', text: string, records: readonly ChangeRecord[]): string | undefined {
  return creditRun(change === 'new' ? 1 : -1, text, records);
}
