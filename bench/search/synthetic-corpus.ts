import type { CorpusDocument, DocumentKind } from '../../lib/corpus/types';

/** Deterministic 32-bit PRNG (mulberry32), so every run benches the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

interface ClausePool {
  openings: string[];
  continuations: string[];
  lengths: number[];
  kinds: DocumentKind[];
  bodies: string[];
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Clauses split at , ; : so recombined paragraphs read like UN prose and share its phrases. */
function collectClauses(documents: CorpusDocument[]): ClausePool {
  const pool: ClausePool = { openings: [], continuations: [], lengths: [], kinds: [], bodies: [] };
  for (const doc of documents) {
    pool.kinds.push(doc.kind);
    pool.bodies.push(doc.body);
    for (const paragraph of doc.paragraphs) {
      const clauses = paragraph.text.split(/(?<=[,;:])\s+/).filter((clause) => clause.length > 0);
      if (clauses.length === 0) continue;
      pool.openings.push(clauses[0]);
      pool.continuations.push(...clauses.slice(1));
      pool.lengths.push(countWords(paragraph.text));
    }
  }
  if (pool.continuations.length === 0) pool.continuations.push(...pool.openings);
  return pool;
}

function composeParagraph(pool: ClausePool, random: () => number): string {
  const target = Math.max(8, pick(pool.lengths, random));
  let text = pick(pool.openings, random);
  let words = countWords(text);
  while (words < target) {
    const clause = pick(pool.continuations, random);
    text += ` ${clause}`;
    words += countWords(clause);
  }
  return text.replace(/[,;:]$/, '.');
}

/** `paragraphCount` paragraphs recombined from the real corpus, 40 to a document. */
export function buildSyntheticCorpus(documents: CorpusDocument[], paragraphCount: number, seed: number): CorpusDocument[] {
  const pool = collectClauses(documents);
  const random = createRandom(seed);
  const result: CorpusDocument[] = [];
  const perDocument = 40;
  for (let made = 0, n = 0; made < paragraphCount; n++) {
    const count = Math.min(perDocument, paragraphCount - made);
    const kind = pick(pool.kinds, random);
    result.push({
      id: `synthetic-${n}`,
      title: `Synthetic text ${n}`,
      kind,
      body: pick(pool.bodies, random),
      number: `${n}`,
      year: 2004 + Math.floor(random() * 21),
      sources: [],
      paragraphs: Array.from({ length: count }, (_, i) => ({
        ref: String(i + 1),
        kind: 'operative' as const,
        text: composeParagraph(pool, random),
        depth: 0,
      })),
    });
    made += count;
  }
  return result;
}
