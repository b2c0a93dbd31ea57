import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInCorpus } from '@/lib/corpus/load-built-in-corpus';
import { searchIndex } from '@/lib/search';
import { importCorpusFile } from '@/server/corpus/import-corpus-file';
import { removeCorpusDocument } from '@/server/corpus/remove-corpus-document';
import { saveCorpusDocument } from '@/server/corpus/save-corpus-document';
import { saveTopics } from '@/server/corpus/save-topics';
import { createPrismaClient, type Db } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { builtInCorpusDir } from '@/test-support/corpus-dir';
import { type CorpusChangeSignal, createSearchIndexKeeper, type SearchIndexKeeper } from './create-search-index-keeper';

/**
 * Two web processes, each with its own Prisma client and its own index over one
 * real SQLite file (the clients are as independent as two processes'), and a
 * third, real process (the CLI) that removes a document.
 */

const run = promisify(execFile);
const corpus = loadBuiltInCorpus(builtInCorpusDir);
const QUERY = 'victims of trafficking at sea seafarers';
const TEXT = [
  'Resolution 12/9',
  '',
  'Protecting victims of trafficking at sea',
  '',
  '  The Conference of the Parties to the United Nations Convention against',
  'Transnational Organized Crime,',
  '',
  '  Concerned by the vulnerability of seafarers and migrants at sea,',
  '',
  '  1. Urges States parties to protect victims of trafficking at sea among seafarers;',
  '',
  '  2. Requests the Secretariat to report to the Conference at its thirteenth session.',
].join('\n');

let dir = '';
let file = '';
let dbA: Db;
let dbB: Db;
let keeperA: SearchIndexKeeper;
let keeperB: SearchIndexKeeper;

async function findIds(keeper: SearchIndexKeeper, query = QUERY): Promise<string[]> {
  return searchIndex(await keeper.getIndex(), query, { limit: 5 }).hits.map((hit) => hit.documentId);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-search-keeper-'));
  file = path.join(dir, 'search.db');
  await migrateDatabase({ provider: 'sqlite', file });
  dbA = createPrismaClient({ provider: 'sqlite', file });
  dbB = createPrismaClient({ provider: 'sqlite', file });
  for (const document of corpus.documents) await saveCorpusDocument(dbA, document, { builtIn: true });
  await saveTopics(dbA, corpus.topics);
  keeperA = createSearchIndexKeeper(dbA);
  keeperB = createSearchIndexKeeper(dbB);
  await Promise.all([keeperA.getIndex(), keeperB.getIndex()]);
}, 60_000);

afterAll(async () => {
  keeperA?.close();
  keeperB?.close();
  await dbA?.$disconnect();
  await dbB?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('search index kept current across processes', () => {
  let importedId = '';

  it('finds a document imported through the other process, without rebuilding either index', async () => {
    expect(searchIndex(await keeperB.getIndex(), '"seafarers"').hits).toEqual([]);
    const { document } = await importCorpusFile(dbA, { name: 'res-12-9.txt', content: Buffer.from(TEXT), meta: { year: 2030 } });
    importedId = document.id;
    expect((await findIds(keeperB))[0]).toBe(importedId);
    expect((await findIds(keeperA))[0]).toBe(importedId);
    for (const keeper of [keeperA, keeperB]) {
      expect(keeper.readStats()).toMatchObject({ rebuilds: 1, appliedChanges: 1 });
    }
  }, 60_000);

  it('answers exactly like a process that just started, after the import', async () => {
    const started = createSearchIndexKeeper(createPrismaClient({ provider: 'sqlite', file }));
    const queries = [QUERY, 'discourage the demand that fosters', 'national referral mechanisms', corpus.documents[3].paragraphs[2].text];
    const [fresh, kept] = await Promise.all([started.getIndex(), keeperB.getIndex()]);
    for (const query of queries) expect(searchIndex(kept, query, { limit: 20 })).toEqual(searchIndex(fresh, query, { limit: 20 }));
  });

  it('replaces a re-imported text in the other process', async () => {
    const corrected = TEXT.replace('among seafarers', 'among fishers on distant-water vessels');
    await importCorpusFile(dbA, { name: 'res-12-9.txt', content: Buffer.from(corrected), meta: { year: 2030 } });
    const index = await keeperB.getIndex();
    const hits = searchIndex(index, 'fishers on distant-water vessels', { limit: 3 }).hits;
    expect(hits[0]).toMatchObject({ documentId: importedId, ref: '1' });
    expect(searchIndex(index, '"among seafarers"').hits).toEqual([]);
    expect(keeperB.readStats().rebuilds).toBe(1);
  });

  it('drops a document removed by a third process (the CLI) from both', async () => {
    const env = { ...process.env, ZERO_DRAFT_DATA_DIR: dir, DATABASE_URL: `file:${file}` };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'cli/index.ts', 'corpus', 'remove', importedId, '--json'], {
      env,
      cwd: process.cwd(),
    });
    expect(JSON.parse(stdout)).toEqual({ removed: importedId });
    expect(await findIds(keeperA)).not.toContain(importedId);
    expect(await findIds(keeperB)).not.toContain(importedId);
    for (const keeper of [keeperA, keeperB]) expect(keeper.readStats().rebuilds).toBe(1);
  }, 60_000);

  it('refuses to remove a built-in text or an unknown one, and logs nothing', async () => {
    const before = await dbA.corpusChange.count();
    await expect(removeCorpusDocument(dbA, corpus.documents[0].id)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(removeCorpusDocument(dbA, 'no-such-text')).rejects.toMatchObject({ code: 'not-found' });
    expect(await dbA.corpusChange.count()).toBe(before);
  });

  it('takes a replaced thematic index in', async () => {
    const ref = { documentId: 'cop-res-10-3', ref: '11' };
    await saveTopics(dbA, [...corpus.topics, { topic: 'Seafarers', refs: [ref], unresolved: [] }]);
    // the addressee alone answers nothing (found: false); the paragraph's own subject does
    const hits = searchIndex(await keeperB.getIndex(), 'educational, social or cultural measures', { filter: { topic: 'seafarers' } }).hits;
    expect(hits.map((hit) => `${hit.documentId}#${hit.ref}`)).toEqual(['cop-res-10-3#11']);
    expect(keeperB.readStats().rebuilds).toBe(1);
  });
});

describe('when it looks at the log', () => {
  it('polls at most once per interval, and at once when signalled', async () => {
    const listeners = new Set<() => void>();
    const signal: CorpusChangeSignal = {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const keeper = createSearchIndexKeeper(dbB, { checkIntervalMs: 3_600_000, signal });
    await keeper.getIndex();
    const [document] = corpus.documents.filter((doc) => doc.id === 'cop-res-5-2');
    await saveCorpusDocument(dbA, { ...document, id: 'signalled-copy', year: 2031 }, { builtIn: false });
    expect(await findIds(keeper, document.paragraphs[0].text)).not.toContain('signalled-copy');
    for (const listener of listeners) listener();
    expect(await findIds(keeper, document.paragraphs[0].text)).toContain('signalled-copy');
    keeper.close();
    expect(listeners.size).toBe(0);
  });

  it('waits for a hole in the seqs (a later seq committed first), then gives up on it after the grace', async () => {
    let clock = 0;
    const keeper = createSearchIndexKeeper(dbB, { holeGraceMs: 1_000, now: () => clock });
    await keeper.getIndex();
    const last = keeper.readStats().appliedSeq;
    const [document] = corpus.documents.filter((doc) => doc.id === 'wg-tip-4-2011');
    // as PostgreSQL may: seq last+2 commits while last+1 is still open
    await dbA.corpusChange.create({ data: { seq: last + 2, documentId: 'signalled-copy', kind: 'add' } });
    await keeper.getIndex();
    expect(keeper.readStats()).toMatchObject({ appliedSeq: last, appliedChanges: 1 });
    await saveCorpusDocument(dbA, { ...document, id: 'late-copy' }, { builtIn: false });
    await dbA.corpusChange.update({ where: { seq: last + 3 }, data: { seq: last + 1 } });
    expect(await findIds(keeper, document.paragraphs[0].text)).toContain('late-copy');
    expect(keeper.readStats()).toMatchObject({ appliedSeq: last + 2, appliedChanges: 2, rebuilds: 1 });

    // a hole that never fills (a rolled-back insert) is skipped once the grace is over
    await dbA.corpusChange.create({ data: { seq: last + 4, documentId: 'late-copy', kind: 'add' } });
    await keeper.getIndex();
    expect(keeper.readStats().appliedSeq).toBe(last + 2);
    clock += 1_000;
    await keeper.getIndex();
    expect(keeper.readStats().appliedSeq).toBe(last + 4);

    // a process starting now cannot tell that hole from an insert still open: it waits the same way
    const started = createSearchIndexKeeper(dbB, { holeGraceMs: 1_000, now: () => clock });
    await started.getIndex();
    expect(started.readStats().appliedSeq).toBe(last + 2);
    clock += 1_000;
    await started.getIndex();
    expect(started.readStats()).toMatchObject({ appliedSeq: last + 4, rebuilds: 1 });
  });
});
