import type { TopicRef } from '../../lib/corpus/types';

export interface BenchQuery {
  query: string;
  /** opening | phrase | paraphrase | typo | paragraph */
  type: string;
  relevant: TopicRef[];
  note?: string;
}

export interface QualityReport {
  hitAt1: number;
  hitAt5: number;
  mrr: number;
  misses: { query: BenchQuery; got: string[] }[];
  byType: Map<string, { count: number; hitAt5: number }>;
}

/** hit@k and MRR over the first 10 results; results are "documentId#ref" keys, best first. */
export function evaluateQueries(queries: BenchQuery[], run: (query: string) => string[]): QualityReport {
  let hitAt1 = 0;
  let hitAt5 = 0;
  let reciprocal = 0;
  const misses: QualityReport['misses'] = [];
  const byType = new Map<string, { count: number; hitAt5: number }>();
  for (const query of queries) {
    const relevant = new Set(query.relevant.map(({ documentId, ref }) => `${documentId}#${ref}`));
    const got = run(query.query).slice(0, 10);
    const rank = got.findIndex((key) => relevant.has(key));
    const stats = byType.get(query.type) ?? { count: 0, hitAt5: 0 };
    stats.count++;
    if (rank === 0) hitAt1++;
    if (rank >= 0 && rank < 5) {
      hitAt5++;
      stats.hitAt5++;
    } else {
      misses.push({ query, got: got.slice(0, 5) });
    }
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    byType.set(query.type, stats);
  }
  const n = Math.max(1, queries.length);
  return { hitAt1: hitAt1 / n, hitAt5: hitAt5 / n, mrr: reciprocal / n, misses, byType };
}
