import type { SearchIndex } from '@/lib/search';
import type { Db } from '@/server/db/client';
import { createSearchIndexKeeper, type SearchIndexKeeper } from './create-search-index-keeper';

const cache = globalThis as unknown as { zeroDraftSearchIndexKeeper?: SearchIndexKeeper };

/**
 * One in-memory index per process (Next.js reloads modules in development),
 * built once and then kept current with the CorpusChange log, whichever process
 * or CLI command wrote it (see createSearchIndexKeeper).
 */
export async function getSearchIndex(db: Db): Promise<SearchIndex> {
  cache.zeroDraftSearchIndexKeeper ??= createSearchIndexKeeper(db);
  return cache.zeroDraftSearchIndexKeeper.getIndex();
}
