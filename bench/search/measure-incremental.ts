import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CorpusDocument, CorpusTopic } from '../../lib/corpus/types';
import { addDocuments, createSearchIndex, type SearchIndexOptions } from '../../lib/search';
import { saveCorpusDocument } from '../../server/corpus/save-corpus-document';
import { saveTopics } from '../../server/corpus/save-topics';
import { createPrismaClient } from '../../server/db/client';
import { migrateDatabase } from '../../server/db/migrate';
import { createSearchIndexKeeper } from '../../server/search/create-search-index-keeper';
import { collectGarbage, computePercentile, timeIt } from './measure';

function median(samples: number[]): number {
  return computePercentile(samples, 0.5);
}

/**
 * What keeping an index current costs: adding one new document (a copy of one
 * of the corpus's, under a new id) to the full index, against building the
 * whole index again, as a ratio.
 */
export function measureIncrementalAdd(label: string, documents: CorpusDocument[], options: SearchIndexOptions, builds: number): void {
  collectGarbage();
  const buildTimes: number[] = [];
  let index = createSearchIndex(options);
  for (let i = 0; i < builds; i++) {
    collectGarbage();
    const build = timeIt(() => {
      const fresh = createSearchIndex(options);
      addDocuments(fresh, documents);
      return fresh;
    });
    buildTimes.push(build.ms);
    index = build.value;
  }
  const step = Math.max(1, Math.floor(documents.length / 25));
  const addTimes: number[] = [];
  for (let i = 0; i < documents.length; i += step) {
    const copy = { ...documents[i], id: `${documents[i].id}-incremental-${i}` };
    addTimes.push(timeIt(() => addDocuments(index, [copy])).ms);
  }
  const rebuild = median(buildTimes);
  const add = median(addTimes);
  const paragraphs = Math.round(documents.reduce((sum, doc) => sum + doc.paragraphs.length, 0) / documents.length);
  console.log(
    `  ${label}: one incremental add (${paragraphs} ¶ per document, median of ${addTimes.length}) ${add.toFixed(2)} ms; ` +
      `full rebuild ${rebuild.toFixed(1)} ms; rebuild / add = ${Math.round(rebuild / add).toLocaleString('en-US')}×`,
  );
}

/**
 * The same through the database, as a web process sees it: the check before a
 * search when nothing changed (one max(seq) read), and catching up with one
 * import (read the change, read the document, add it) against a build.
 */
export async function measureKeeper(documents: CorpusDocument[], topics: CorpusTopic[]): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-bench-keeper-'));
  const file = path.join(dir, 'bench.db');
  const target = { provider: 'sqlite', file } as const;
  const writer = createPrismaClient(target);
  const reader = createPrismaClient(target);
  try {
    await migrateDatabase(target);
    for (const document of documents) await saveCorpusDocument(writer, document, { builtIn: true });
    await saveTopics(writer, topics);
    const builds: number[] = [];
    for (let i = 0; i < 3; i++) {
      const keeper = createSearchIndexKeeper(reader);
      const start = performance.now();
      await keeper.getIndex();
      builds.push(performance.now() - start);
    }
    const keeper = createSearchIndexKeeper(reader);
    await keeper.getIndex();
    const checks: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const start = performance.now();
      await keeper.getIndex();
      checks.push(performance.now() - start);
    }
    const catchUps: number[] = [];
    for (let i = 0; i < 10; i++) {
      const source = documents[(i * 7) % documents.length];
      await saveCorpusDocument(writer, { ...source, id: `${source.id}-import-${i}` }, { builtIn: false });
      const start = performance.now();
      await keeper.getIndex();
      catchUps.push(performance.now() - start);
    }
    if (keeper.readStats().rebuilds !== 1) throw new Error('the keeper rebuilt while catching up');
    const build = median(builds);
    const catchUp = median(catchUps);
    console.log(
      `  through SQLite: check before a search when nothing changed p50 ${median(checks).toFixed(3)} ms, ` +
        `p95 ${computePercentile(checks, 0.95).toFixed(3)} ms (${checks.length} checks)`,
    );
    console.log(
      `  through SQLite: catching up with one import ${catchUp.toFixed(1)} ms (median of ${catchUps.length}); ` +
        `build from the database ${build.toFixed(0)} ms; build / catch-up = ${Math.round(build / catchUp)}×`,
    );
  } finally {
    await writer.$disconnect();
    await reader.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}
