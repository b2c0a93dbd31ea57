import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import type { BackupTable } from '@/lib/backup/backup-format';
import { describeTables } from '@/lib/backup/describe-tables';
import { createPrismaClient } from '@/server/db/client';
import type { DatabaseTarget } from '@/server/db/database-url';
import { migrateDatabase } from '@/server/db/migrate';
import { readDataModel } from '@/server/db/read-data-model';
import { readMigrationList } from '@/server/db/schema-engine';
import { startBackupWriter } from '@/test-support/backup-writer';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { createTestDatabaseLocation, testProvider } from '@/test-support/test-database';
import { checkDatabaseEmpty } from './check-database-empty';
import { readDatabaseSnapshot } from './read-database-snapshot';
import { restoreBackup } from './restore-backup';
import { modelDelegate } from './snapshot';
import { writeBackup } from './write-backup';

type Rows = Record<string, Record<string, unknown>[]>;

const dir = mkdtempSync(path.join(tmpdir(), 'zero-draft-backup-'));
const dataModel = readDataModel();
const tables = describeTables(dataModel);
let source: TestDatabase;
let draftId = '';

/** Every row of every table, in primary-key order, as Prisma reads them. */
async function readAllRows(db: PrismaClient): Promise<Rows> {
  const all: Rows = {};
  for (const table of tables) {
    const reader = modelDelegate<{ findMany(args: object): Promise<Record<string, unknown>[]> }>(db, table.name);
    all[table.name] = await reader.findMany({ orderBy: table.primaryKey.map((field) => ({ [field]: 'asc' })) });
  }
  return all;
}

/** The tables the database itself holds, whatever the schema says. */
async function listDatabaseTables(database: TestDatabase): Promise<string[]> {
  const query =
    database.target.provider === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'";
  return (await database.db.$queryRawUnsafe<{ name: string }[]>(query)).map((row) => row.name);
}

/**
 * Restores a backup into a fresh database on `provider` (prepared as the CLI does: emptiness check, then migrations)
 * and returns its rows; `check` may use the restored database before it goes.
 */
async function restoreInto(
  file: string,
  provider: DatabaseTarget['provider'] = testProvider,
  check?: (db: PrismaClient, rows: Rows) => Promise<void>,
): Promise<Rows> {
  const location = createTestDatabaseLocation(provider);
  const db = createPrismaClient(location.target);
  try {
    await restoreBackup({
      db,
      provider,
      file,
      dataModel,
      prepare: async () => {
        await checkDatabaseEmpty(location.target);
        await migrateDatabase(location.target);
      },
    });
    const rows = await readAllRows(db);
    await check?.(db, rows);
    return rows;
  } finally {
    await db.$disconnect();
    await location.remove();
  }
}

/** The next CorpusChange the app writes follows the restored ones (PostgreSQL: the sequence was moved past them). */
async function expectNextSeqAfterRestored(db: PrismaClient, rows: Rows): Promise<void> {
  const largest = Math.max(...rows.CorpusChange.map((row) => row.seq as number));
  expect((await db.corpusChange.create({ data: { kind: 'topics' } })).seq).toBe(largest + 1);
}

/** Rows in the order of their primary key's values as text, the same on both engines (collations differ). */
function sortRows(table: BackupTable, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const key = (row: Record<string, unknown>) => table.primaryKey.map((field) => String(row[field])).join('\u0000');
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** A database with a row in every table: drafts with Yjs state, proposals, revisions, audit, rosters, the update log. */
async function fillEveryTable(database: TestDatabase): Promise<string> {
  const { db } = database;
  const draftId = await createSampleDraft(database);
  const draft = await db.draft.findUniqueOrThrow({ where: { id: draftId } });
  expect(draft.ydocState?.length).toBeGreaterThan(100);
  await db.negotiationDelegation.create({
    data: { negotiationId: draft.negotiationId, delegationId: (await db.delegation.findFirstOrThrow()).id },
  });
  // Furniture, a main sponsor and a co-sponsor, so the draft's new columns and DraftCosponsor round-trip too.
  const sponsor = await db.delegation.findFirstOrThrow();
  await db.draft.update({
    where: { id: draftId },
    data: { furniture: JSON.stringify({ symbol: 'CTOC/COP/2022/L.5', date: '2022-10-19' }), mainSponsorId: sponsor.id },
  });
  await db.draftCosponsor.create({ data: { draftId, delegationId: sponsor.id, joinedAt: new Date('2026-11-20T10:11:13.456Z') } });
  await db.visit.create({
    data: { userId: database.userId, negotiationId: draft.negotiationId, visitedAt: new Date('2026-11-20T10:11:12.345Z') },
  });
  await db.visit.create({
    data: {
      userId: database.userId,
      negotiationId: draft.negotiationId,
      draftId,
      visitedAt: new Date('2026-11-20T11:00:00.000Z'),
      snapshot: '{"paragraphs":[]}',
      previousVisitedAt: new Date('2026-11-19T09:00:00.000Z'),
      previousSnapshot: '{"paragraphs":[]}',
    },
  });
  // Comments, follows, notifications, deadlines and silence: the talk and decisions of a negotiation round-trip too.
  await db.commentThread.create({
    data: {
      draftId,
      paragraphId: 'p1',
      delegationCode: 'FRA',
      createdById: database.userId,
      quote: 'Prepared “text”',
      quoteFrom: 0,
      quoteTo: 15,
      comments: {
        create: { authorId: database.userId, authorName: 'F', delegationCode: 'FRA', body: 'Réserve – “instructions”', mentions: '["EU"]' },
      },
    },
  });
  await db.paragraphFollow.create({ data: { draftId, paragraphId: 'p1', delegationCode: 'FRA', reason: 'commented' } });
  await db.notification.create({
    data: {
      userId: database.userId,
      negotiationId: draft.negotiationId,
      draftId,
      kind: 'mention',
      title: 'FRA mentioned you',
      link: `/drafts/${draftId}`,
      dedupeKey: 'comment:1',
      readAt: new Date('2026-11-20T12:00:00.000Z'),
    },
  });
  await db.proposalDeadline.create({
    data: { draftId, closesAt: new Date('2026-11-21T17:00:00.000Z'), note: 'Amendments by 18:00', setById: database.userId },
  });
  await db.silenceProcedure.create({
    data: {
      draftId,
      paragraphIds: '["p1"]',
      outcome: 'agreed-ad-ref',
      deadline: new Date('2026-11-22T17:00:00.000Z'),
      state: 'broken',
      startedById: database.userId,
      startedByDelegation: 'CHAIR',
      closedAt: new Date('2026-11-22T10:00:00.000Z'),
      breaks: { create: { delegationCode: 'FRA', userId: database.userId, authorName: 'F', statement: 'Pending instructions' } },
    },
  });
  await db.invitation.create({
    data: {
      tokenHash: 'h1',
      email: 'new@example.org',
      name: 'New',
      delegationId: 'x',
      negotiationId: draft.negotiationId,
      invitedById: database.userId,
      expiresAt: new Date(),
    },
  });
  await db.signInThrottle.create({ data: { key: 'account:a@example.org', failures: 3 } });
  await db.preparedProposal.create({
    data: { draftId, paragraphId: 'p1', kind: 'amend', delegation: 'FRA', authorId: database.userId, text: 'Prepared “text” – é' },
  });
  await db.corpusDocument.create({
    data: {
      id: 'doc-1',
      title: 'Doc',
      kind: 'resolution',
      body: 'Assembly',
      year: 2020,
      sources: '[]',
      contentHash: 'abc',
      paragraphCount: 1,
      paragraphs: { create: { position: 0, ref: 'PP1', kind: 'preambular', depth: 0, text: 'Recalling,' } },
    },
  });
  // Two rows: after a restore the next seq must follow the largest restored one.
  await db.corpusChange.create({ data: { documentId: 'doc-1', kind: 'add' } });
  await db.corpusChange.create({ data: { kind: 'topics' } });
  await db.topic.create({
    data: { name: 'Oceans', position: 1, unresolved: '[]', refs: { create: { documentId: 'doc-1', ref: 'PP1', position: 0 } } },
  });
  await db.revision.create({ data: { draftId, name: 'Rev.1', issuedById: database.userId, snapshot: '{"paragraphs":[]}' } });
  await db.proposal.create({
    data: {
      id: 'prop-1',
      draftId,
      paragraphId: 'p1',
      kind: 'amend',
      delegation: 'FRA',
      authorId: database.userId,
      authorName: 'F',
      status: 'accepted',
      text: 'new',
      baseText: 'old',
      supporters: '["GBR"]',
      objectors: '["USA"]',
      createdAt: new Date('2026-11-01T00:00:00.001Z'),
      decidedBy: database.userId,
      decidedAt: new Date('2026-11-02T00:00:00Z'),
    },
  });
  await db.auditEvent.create({
    data: { draftId, actorId: database.userId, delegationCode: 'FRA', action: 'proposal.create', target: 'prop-1', detail: '{}' },
  });
  await db.draftUpdate.create({
    data: {
      draftId,
      seq: 9_007_199_254_740_993n,
      epoch: 1,
      userId: database.userId,
      delegationCode: 'FRA',
      update: new Uint8Array([0, 1, 2, 255, 254]),
    },
  });
  await db.draftClientBinding.create({ data: { draftId, clientId: 4_294_967_295n, userId: database.userId } });
  await db.draftLease.create({
    data: { draftId, epoch: 0, nodeId: 'node-1', nodeUrl: 'http://127.0.0.1:1', expiresAt: new Date('2030-01-01T00:00:00Z') },
  });
  return draftId;
}

beforeAll(async () => {
  source = await createTestDatabase();
  draftId = await fillEveryTable(source);
}, 60_000);

afterAll(async () => {
  await source.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe(`backup and restore on ${testProvider}`, () => {
  it('lists every table of the schema and of the database, and the fixture has rows in each', async () => {
    const inDatabase = await listDatabaseTables(source);
    const out = path.join(dir, 'tables.zdb');
    const summary = await writeBackup({ out, snapshot: readDatabaseSnapshot(source.target), dataModel });
    expect(Object.keys(summary.rows).sort()).toEqual(inDatabase.sort());
    expect(Object.keys(summary.rows).sort()).toEqual(dataModel.models.map((model) => model.name).sort());
    // A table left out of this fixture would not prove its round trip: give it a row in fillEveryTable.
    expect(Object.entries(summary.rows).filter(([, rows]) => rows === 0)).toEqual([]);
    const header = JSON.parse(gunzipSync(readFileSync(out)).toString('utf8').split('\n')[0]);
    expect(header).toMatchObject({ format: 'zero-draft-backup', version: 1, sourceProvider: testProvider });
    expect(header.migrations).toEqual(
      readMigrationList(testProvider)
        .migrationDirectories.map((entry) => path.basename(entry.path))
        .sort(),
    );
  });

  it('copies a consistent state while a writer keeps writing, and restores it row for row into an empty database', async () => {
    const writer = startBackupWriter(source.url, draftId);
    let restored: Awaited<ReturnType<typeof restoreInto>>;
    const out = path.join(dir, 'live.zdb');
    try {
      await writer.waitForTicks(5);
      const summary = await writeBackup({ out, snapshot: readDatabaseSnapshot(source.target), dataModel });
      expect(summary.rows.AuditEvent).toBeGreaterThan(5);
      restored = await restoreInto(out);
      await writer.waitForTicks(writer.ticks() + 1);
    } finally {
      await writer.stop();
    }
    // One committed state: the lease epoch equals the number of tick rows, whatever the writer did meanwhile.
    const ticks = restored.AuditEvent.filter((row) => row.action === 'writer.tick');
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(restored.DraftLease[0].epoch).toBe(ticks.length);
    const now = await readAllRows(source.db);
    for (const table of tables) {
      if (table.name === 'AuditEvent' || table.name === 'DraftLease') continue;
      expect(restored[table.name], table.name).toEqual(now[table.name]);
    }
    const later = now.AuditEvent.filter((row) => !restored.AuditEvent.some((kept) => kept.id === row.id));
    expect(later.every((row) => row.action === 'writer.tick')).toBe(true);
    expect(restored.AuditEvent).toEqual(now.AuditEvent.filter((row) => !later.includes(row)));
  }, 120_000);

  it('restores a quiet database exactly: every table, every row, bytes, big integers and dates', async () => {
    const out = path.join(dir, 'quiet.zdb');
    await writeBackup({ out, snapshot: readDatabaseSnapshot(source.target), dataModel });
    const restored = await restoreInto(out, testProvider, expectNextSeqAfterRestored);
    expect(restored).toEqual(await readAllRows(source.db));
    expect(restored.DraftUpdate[0]).toMatchObject({ seq: 9_007_199_254_740_993n, update: new Uint8Array([0, 1, 2, 255, 254]) });
    expect(restored.DraftClientBinding[0].clientId).toBe(4_294_967_295n);
    expect(restored.Draft[0].ydocState).toEqual((await source.db.draft.findUniqueOrThrow({ where: { id: draftId } })).ydocState);
  }, 60_000);

  it('refuses to restore into a database that holds data, and changes nothing', async () => {
    const out = path.join(dir, 'refuse.zdb');
    await writeBackup({ out, snapshot: readDatabaseSnapshot(source.target), dataModel });
    const before = await readAllRows(source.db);
    await expect(restoreBackup({ db: source.db, provider: testProvider, file: out, dataModel })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/already holds data.*Nothing was changed/),
    });
    await expect(checkDatabaseEmpty(source.target)).rejects.toThrow(/already holds data/);
    expect(await readAllRows(source.db)).toEqual(before);
    // A database that does not exist yet is empty, and checking does not create it.
    const fresh = createTestDatabaseLocation();
    await checkDatabaseEmpty(fresh.target);
    expect(await fresh.exists()).toBe(false);
  });

  it('never overwrites an existing file', async () => {
    const out = path.join(dir, 'exists.zdb');
    writeFileSync(out, 'keep me');
    await expect(writeBackup({ out, snapshot: readDatabaseSnapshot(source.target), dataModel })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  describe('a malformed or truncated backup gets a clear message and changes nothing', () => {
    let good: Buffer;
    let lines: string[];
    beforeAll(async () => {
      const out = path.join(dir, 'good.zdb');
      await writeBackup({ out, snapshot: readDatabaseSnapshot(source.target), dataModel });
      good = readFileSync(out);
      lines = gunzipSync(good).toString('utf8').trimEnd().split('\n');
    });

    const rowOf = (table: string) => lines.findIndex((line) => line.startsWith(`{"table":"${table}"`));
    const cases: [string, () => Buffer, RegExp][] = [
      ['a truncated file', () => good.subarray(0, Math.floor(good.length / 2)), /ends early|truncated/],
      ['a file that is not gzip', () => Buffer.from('SQLite format 3\0 not a backup'), /not gzip data/],
      ['an empty gzip stream', () => gzipSync(''), /empty/],
      ['another format', () => gzipSync('{"format":"other"}\n'), /not a Zero Draft backup header/],
      ['a newer version', () => gzipSync(`${lines[0].replace('"version":1', '"version":99')}\n`), /newer Zero Draft/],
      ['a line that is not JSON', () => gzipSync([...lines.slice(0, 3), '{oops', ...lines.slice(3)].join('\n')), /line 4 is not JSON/],
      ['a missing end marker', () => gzipSync(lines.slice(0, -1).join('\n')), /before its end marker/],
      [
        'a row missing from the count',
        () => gzipSync([...lines.slice(0, rowOf('Topic')), ...lines.slice(rowOf('Topic') + 1)].join('\n')),
        /end marker counts 1 rows of Topic, the file holds 0/,
      ],
      [
        'bad base64 in a Bytes column',
        () => {
          const index = rowOf('DraftUpdate');
          const broken = [...lines];
          broken[index] = broken[index].replace(/"update":"[^"]*"/, '"update":"%%%"');
          return gzipSync(broken.join('\n'));
        },
        /DraftUpdate\.update\): expected Bytes/,
      ],
      [
        'a table this version does not have',
        () => gzipSync([lines[0].replace('"name":"Topic"', '"name":"Topics"'), ...lines.slice(1)].join('\n')),
        /table "Topics" this version/,
      ],
    ];

    it.each(cases)('%s', async (_name, make, message) => {
      const file = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.zdb`);
      writeFileSync(file, make());
      const location = createTestDatabaseLocation();
      const db = createPrismaClient(location.target);
      try {
        await expect(
          restoreBackup({
            db,
            provider: location.target.provider,
            file,
            dataModel,
            prepare: async () => void (await migrateDatabase(location.target)),
          }),
        ).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(message) });
        expect(await location.exists()).toBe(false);
      } finally {
        await db.$disconnect();
        await location.remove();
      }
    });
  });
});

describe.skipIf(testProvider !== 'postgresql')(
  'backups move between SQLite and PostgreSQL (needs a PostgreSQL server: runs under scripts/with-postgres.mjs, skipped otherwise)',
  () => {
    let sqliteSource: TestDatabase | undefined;
    beforeAll(async () => {
      sqliteSource = await createTestDatabase({ provider: 'sqlite' });
      await fillEveryTable(sqliteSource);
    }, 60_000);
    afterAll(() => sqliteSource?.dispose());

    it.each([
      ['sqlite', 'postgresql'],
      ['postgresql', 'sqlite'],
    ] as const)(
      'a backup taken from %s restores into %s, table by table',
      async (from, to) => {
        const database = from === 'sqlite' ? sqliteSource : source;
        if (!database) throw new Error('no source database');
        expect(database.target.provider).toBe(from);
        const out = path.join(dir, `${from}-to-${to}.zdb`);
        const summary = await writeBackup({ out, snapshot: readDatabaseSnapshot(database.target), dataModel });
        expect(summary.provider).toBe(from);
        const restored = await restoreInto(out, to, expectNextSeqAfterRestored);
        const original = await readAllRows(database.db);
        for (const table of tables) {
          expect(restored[table.name].length, table.name).toBeGreaterThan(0);
          expect(sortRows(table, restored[table.name]), table.name).toEqual(sortRows(table, original[table.name]));
        }
        expect(restored.DraftUpdate[0]).toMatchObject({ seq: 9_007_199_254_740_993n, update: new Uint8Array([0, 1, 2, 255, 254]) });
        expect(
          restored.Visit.some((row) => row.draftId === '' && (row.visitedAt as Date).toISOString() === '2026-11-20T10:11:12.345Z'),
        ).toBe(true);
      },
      120_000,
    );

    it('refuses, before touching PostgreSQL, a backup whose text holds a NUL character (SQLite keeps them, PostgreSQL cannot)', async () => {
      if (!sqliteSource) throw new Error('no source database');
      const good = path.join(dir, 'for-nul.zdb');
      await writeBackup({ out: good, snapshot: readDatabaseSnapshot(sqliteSource.target), dataModel });
      const lines = gunzipSync(readFileSync(good)).toString('utf8').trimEnd().split('\n');
      const index = lines.findIndex((line) => line.startsWith('{"table":"Delegation"'));
      lines[index] = lines[index].replace('"name":"France"', '"name":"Fra\\u0000nce"');
      const file = path.join(dir, 'nul.zdb');
      writeFileSync(file, gzipSync(lines.join('\n')));
      const location = createTestDatabaseLocation('postgresql');
      const db = createPrismaClient(location.target);
      try {
        await expect(
          restoreBackup({
            db,
            provider: 'postgresql',
            file,
            dataModel,
            prepare: async () => void (await migrateDatabase(location.target)),
          }),
        ).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/Delegation holds a NUL character in name/) });
        expect(await location.exists()).toBe(false);
      } finally {
        await db.$disconnect();
        await location.remove();
      }
    });
  },
);
