import { formatCitation } from '@/lib/corpus/format-citation';
import { addDocuments, createSearchIndex, removeDocument, type SearchIndex, setTopics } from '@/lib/search';
import { listTopics } from '@/server/corpus/list-topics';
import { loadAllCorpusDocuments } from '@/server/corpus/load-all-corpus-documents';
import { loadCorpusDocuments } from '@/server/corpus/load-corpus-documents';
import type { Db } from '@/server/db/client';

/**
 * Something that says "the corpus changed" as soon as it does, so a keeper
 * checks the log at once instead of at its next poll: PostgreSQL's LISTEN on a
 * channel that the writers NOTIFY in their transaction is the intended one. The
 * log stays the truth; a lost or duplicated signal costs one check at most.
 */
export interface CorpusChangeSignal {
  /** Calls `listener` on every signal; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface SearchIndexKeeperOptions {
  /**
   * Least time between two reads of the log's last seq; 0 reads it before every
   * search (about a tenth of a millisecond on SQLite; see docs/benchmarks.md).
   */
  checkIntervalMs?: number;
  signal?: CorpusChangeSignal;
  /**
   * How long a hole in the seqs below the newest one is waited for before it is
   * taken for a rolled-back insert. Only PostgreSQL makes holes: its sequence
   * hands out numbers before commit, so a later seq can commit first.
   */
  holeGraceMs?: number;
  now?: () => number;
}

export interface SearchIndexStats {
  /** Full builds from the whole corpus: 1 for a process that only ever caught up incrementally. */
  rebuilds: number;
  /** CorpusChange rows applied incrementally. */
  appliedChanges: number;
  /** The last seq applied with every seq below it. */
  appliedSeq: number;
}

export interface SearchIndexKeeper {
  /** The index, after applying every change logged before the call (subject to checkIntervalMs). */
  getIndex(): Promise<SearchIndex>;
  readStats(): SearchIndexStats;
  close(): void;
}

interface ChangeRow {
  seq: number;
  documentId: string | null;
  kind: string;
}

const DEFAULT_HOLE_GRACE_MS = 30_000;
/** Seqs a build looks back over for holes: far more than can be in flight at once. */
const RECENT_AT_BUILD = 100;

async function readLastSeq(db: Db): Promise<number> {
  const aggregate = await db.corpusChange.aggregate({ _max: { seq: true } });
  return aggregate._max.seq ?? 0;
}

/**
 * Keeps one in-memory search index current with the corpus in the database,
 * which other processes change too: it is built once, then every CorpusChange
 * row after the last one applied is applied incrementally (a document is
 * re-read and added, replacing any older version, or removed when it is gone),
 * so an import through any process reaches every process's index without a
 * rebuild. Applying reads the document's current row, never the row's `kind`,
 * so applying a change twice or out of order ends in the same index.
 */
export function createSearchIndexKeeper(db: Db, options: SearchIndexKeeperOptions = {}): SearchIndexKeeper {
  const checkIntervalMs = options.checkIntervalMs ?? 0;
  const holeGraceMs = options.holeGraceMs ?? DEFAULT_HOLE_GRACE_MS;
  const now = options.now ?? Date.now;
  let index: SearchIndex | null = null;
  let appliedSeq = 0;
  /** Seqs above appliedSeq already applied, while a hole below them is waited for. */
  const appliedAbove = new Set<number>();
  let holeSince: number | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let signalled = false;
  let busy: Promise<SearchIndex> | null = null;
  const stats = { rebuilds: 0, appliedChanges: 0 };
  const unsubscribe = options.signal?.subscribe(() => {
    signalled = true;
  });

  async function build(): Promise<SearchIndex> {
    // read the log first: a change committed while loading is applied again later, which is harmless
    const recent = await db.corpusChange.findMany({ orderBy: { seq: 'desc' }, take: RECENT_AT_BUILD, select: { seq: true } });
    const [documents, topics] = await Promise.all([loadAllCorpusDocuments(db), listTopics(db)]);
    const fresh = createSearchIndex({ formatCitation, topics });
    addDocuments(fresh, documents);
    stats.rebuilds += 1;
    // a hole among the latest seqs may be an insert not yet committed: wait for it as in a catch-up
    const seqs = recent.map((row) => row.seq).reverse();
    appliedSeq = seqs.length > 0 ? seqs[0] : 0;
    appliedAbove.clear();
    for (const seq of seqs.slice(1)) appliedAbove.add(seq);
    holeSince = null;
    advance();
    return fresh;
  }

  async function catchUp(current: SearchIndex): Promise<void> {
    if (appliedAbove.size === 0 && (await readLastSeq(db)) <= appliedSeq) return;
    const rows: ChangeRow[] = await db.corpusChange.findMany({
      where: { seq: { gt: appliedSeq } },
      orderBy: { seq: 'asc' },
      select: { seq: true, documentId: true, kind: true },
    });
    const fresh = rows.filter((row) => !appliedAbove.has(row.seq));
    const documentIds = [...new Set(fresh.flatMap((row) => (row.documentId === null ? [] : [row.documentId])))];
    const [documents, topics] = await Promise.all([
      loadCorpusDocuments(db, documentIds),
      fresh.some((row) => row.kind === 'topics') ? listTopics(db) : null,
    ]);
    const present = new Set(documents.map((document) => document.id));
    if (documents.length > 0) addDocuments(current, documents);
    for (const id of documentIds) if (!present.has(id)) removeDocument(current, id);
    if (topics) setTopics(current, topics);
    stats.appliedChanges += fresh.length;
    for (const row of fresh) appliedAbove.add(row.seq);
    advance();
  }

  /** Moves appliedSeq over every contiguous applied seq, and over a hole older than the grace. */
  function advance(): void {
    for (;;) {
      while (appliedAbove.delete(appliedSeq + 1)) appliedSeq += 1;
      if (appliedAbove.size === 0) {
        holeSince = null;
        return;
      }
      holeSince ??= now();
      if (now() - holeSince < holeGraceMs) return;
      appliedSeq += 1;
      holeSince = null;
    }
  }

  async function refresh(): Promise<SearchIndex> {
    checkedAt = now();
    signalled = false;
    if (index === null) index = await build();
    else await catchUp(index);
    return index;
  }

  function isFresh(current: SearchIndex | null): current is SearchIndex {
    return current !== null && !signalled && appliedAbove.size === 0 && now() - checkedAt < checkIntervalMs;
  }

  return {
    async getIndex() {
      // One build or catch-up at a time. A caller that arrives during one waits and then checks
      // for itself: the one under way may have read the log before that caller's own import.
      while (busy) await busy.catch(() => {});
      if (isFresh(index)) return index;
      busy = refresh().finally(() => {
        busy = null;
      });
      return busy;
    },
    readStats: () => ({ ...stats, appliedSeq }),
    close: () => unsubscribe?.(),
  };
}
