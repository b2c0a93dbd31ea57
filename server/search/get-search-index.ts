import { formatCitation } from '@/lib/corpus/format-citation';
import { addDocuments, createSearchIndex, type SearchIndex } from '@/lib/search';
import { loadAllCorpusDocuments } from '@/server/corpus/load-all-corpus-documents';
import { listTopics } from '@/server/corpus/list-topics';
import type { Db } from '@/server/db/client';

interface CachedIndex {
  version: string;
  index: SearchIndex;
}

const cache = globalThis as unknown as { zeroDraftSearchIndex?: CachedIndex; zeroDraftSearchBuild?: Promise<CachedIndex> };

/** Changes whenever a document is imported, replaced or removed, by this process or another (the CLI). */
async function readCorpusVersion(db: Db): Promise<string> {
  const aggregate = await db.corpusDocument.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  const topics = await db.topic.count();
  return `${aggregate._count._all}:${aggregate._max.updatedAt?.toISOString() ?? '-'}:${topics}`;
}

async function buildSearchIndex(db: Db, version: string): Promise<CachedIndex> {
  const [documents, topics] = await Promise.all([loadAllCorpusDocuments(db), listTopics(db)]);
  const index = createSearchIndex({ formatCitation, topics });
  addDocuments(index, documents);
  return { version, index };
}

/** One in-memory index per process, rebuilt when the corpus in the database changes. */
export async function getSearchIndex(db: Db): Promise<SearchIndex> {
  const version = await readCorpusVersion(db);
  if (cache.zeroDraftSearchIndex?.version === version) return cache.zeroDraftSearchIndex.index;
  cache.zeroDraftSearchBuild ??= buildSearchIndex(db, version).finally(() => {
    cache.zeroDraftSearchBuild = undefined;
  });
  const built = await cache.zeroDraftSearchBuild;
  cache.zeroDraftSearchIndex = built;
  return built.index;
}
