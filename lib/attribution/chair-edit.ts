/** The delegation code a facilitator acts as; chair edits are credited to it. */
export const chairCode = 'CHAIR';
export const chairName = 'Chair';

/** Yjs item ids a chair edit inserted: [client, first clock, clock after the last]. */
export type ClockRange = readonly [client: number, from: number, to: number];

/** The detail of a `paragraph.chair-edit` audit row: what the paragraph read before and after, and the items typed. */
export interface ChairEditDetail {
  paragraphId: string;
  paragraph: string;
  before: string;
  after: string;
  items: ClockRange[];
}

/** Adds a range, joining it to one of the same client it continues. */
export function addClockRange(ranges: ClockRange[], range: ClockRange): ClockRange[] {
  const [client, from, to] = range;
  if (to <= from) return ranges;
  const joined = ranges.findIndex(([c, f, t]) => c === client && from <= t && to >= f);
  if (joined === -1) return [...ranges, range];
  const [, f, t] = ranges[joined]!;
  const next = ranges.filter((_, index) => index !== joined);
  return addClockRange(next, [client, Math.min(f, from), Math.max(t, to)]);
}

export function containsItem(ranges: readonly ClockRange[], client: number, clock: number): boolean {
  return ranges.some(([c, from, to]) => c === client && clock >= from && clock < to);
}

/** A chair-edit detail read back from JSON, or null when it is not one. */
export function readChairEditDetail(detail: unknown): ChairEditDetail | null {
  if (!detail || typeof detail !== 'object') return null;
  const record = detail as Record<string, unknown>;
  if (typeof record.paragraphId !== 'string' || typeof record.before !== 'string' || typeof record.after !== 'string') return null;
  const items = Array.isArray(record.items)
    ? record.items.filter(
        (range): range is ClockRange =>
          Array.isArray(range) && range.length === 3 && range.every((value) => typeof value === 'number' && Number.isFinite(value)),
      )
    : [];
  return {
    paragraphId: record.paragraphId,
    paragraph: typeof record.paragraph === 'string' ? record.paragraph : '',
    before: record.before,
    after: record.after,
    items,
  };
}
