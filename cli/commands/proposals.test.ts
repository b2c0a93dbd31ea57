import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParagraphOrder } from '@/lib/draft';
import { createProposal, objectToProposal, supportProposal } from '@/lib/proposals';
import { createSampleDraft, createTestDatabase, writeDraftDocForTest, type TestDatabase } from '@/test-support/realtime-server';
import { readDraftDoc } from '@/server/drafts/read-draft-doc';

const run = promisify(execFile);
let database: TestDatabase;
let draftId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  draftId = await createSampleDraft(database);
  const doc = (await readDraftDoc(database.db, draftId))!;
  const order = readParagraphOrder(doc);
  const who = { delegationName: 'x', authorId: 'u', now: new Date('2026-11-22T09:00:00Z') };
  const amend = createProposal(doc, {
    ...who,
    kind: 'amend',
    paragraphId: order[2]!,
    text: 'by training more officers;',
    delegation: 'EU',
    authorName: 'Eva',
  });
  supportProposal(doc, amend, 'COL');
  objectToProposal(doc, amend, 'USA');
  createProposal(doc, {
    ...who,
    kind: 'add',
    afterParagraphId: order[3]!,
    text: 'Decides to remain seized;',
    delegation: 'COL',
    authorName: 'Carlos',
    now: new Date('2026-11-22T09:01:00Z'),
  });
  await writeDraftDocForTest(database.db, draftId, doc);
});

afterAll(async () => database.dispose());

describe('cli proposals', () => {
  it('lists proposals with derived paragraph numbers as JSON', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'cli/index.ts', 'proposals', draftId, '--json'], {
      env: { ...process.env, DATABASE_URL: database.url },
      cwd: process.cwd(),
    });
    const listing = JSON.parse(stdout) as Record<string, unknown>[];
    expect(listing).toEqual([
      {
        id: expect.any(String),
        paragraph: '1(a)',
        kind: 'amend',
        delegation: 'EU',
        author: 'Eva',
        createdAt: '2026-11-22T09:00:00.000Z',
        status: 'open',
        supporters: ['COL'],
        objectors: ['USA'],
        text: 'by training more officers;',
      },
      {
        id: expect.any(String),
        paragraph: 'after 2',
        kind: 'add',
        delegation: 'COL',
        author: 'Carlos',
        createdAt: '2026-11-22T09:01:00.000Z',
        status: 'open',
        supporters: [],
        objectors: [],
        text: 'Decides to remain seized;',
      },
    ]);
  });
});
