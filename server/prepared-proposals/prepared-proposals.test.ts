import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@/server/errors/app-error';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import type { CurrentUser } from '@/server/users/find-user';
import { startRealtimeServer, type RealtimeServer } from '@/realtime/server';
import { addTestMember } from '@/test-support/negotiation-members';
import { createSampleDraft, createTestDatabase, testSecret, type TestDatabase } from '@/test-support/realtime-server';
import { createPreparedProposal } from './create-prepared-proposal';
import { deletePreparedProposal } from './delete-prepared-proposal';
import { listPreparedProposals } from './list-prepared-proposals';
import { tablePreparedProposal } from './table-prepared-proposal';
import { listParagraphHistory } from '@/server/proposals/list-paragraph-history';
import { updatePreparedProposal } from './update-prepared-proposal';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';

let database: TestDatabase;
let server: RealtimeServer;
let endpoint: { baseUrl: string; secret: string };
let draftId: string;
let paragraphId: string;
let eva: CurrentUser;
let emil: CurrentUser;
let sam: CurrentUser;
let olga: CurrentUser;
let sara: CurrentUser;

async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'succeeded';
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const eu = { code: 'EU', name: 'European Union' };
  eva = await addTestMember(db, { email: 'eva@example.org', name: 'Eva', delegation: eu, role: 'delegate' });
  emil = await addTestMember(db, { email: 'emil@example.org', name: 'Emil', delegation: eu, role: 'delegate' });
  sam = await addTestMember(db, {
    email: 'sam@example.org',
    name: 'Sam',
    delegation: { code: 'USA', name: 'United States' },
    role: 'delegate',
  });
  olga = await addTestMember(db, {
    email: 'olga@example.org',
    name: 'Olga',
    delegation: { code: 'OBS', name: 'Observer' },
    role: 'observer',
  });
  sara = await addTestMember(db, {
    email: 'sara@example.org',
    name: 'Sara',
    delegation: { code: 'SEC', name: 'Secretariat' },
    role: 'secretariat',
  });
  draftId = await createSampleDraft(database);
  paragraphId = (await db.draftParagraph.findFirstOrThrow({ where: { draftId }, orderBy: { position: 'asc' } })).id;
  server = await startRealtimeServer({
    port: 0,
    secret: testSecret,
    persistence: createPrismaDraftPersistence(db),
    membership: createPrismaMembershipChecker(db),
    log: () => undefined,
  });
  endpoint = { baseUrl: `http://127.0.0.1:${server.port}`, secret: testSecret };
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

describe('prepared proposals', () => {
  it("are listed for the drafter's delegation only: another delegation can neither list, change, delete nor table them", async () => {
    const { db } = database;
    const prepared = await createPreparedProposal(db, eva, draftId, {
      paragraphId,
      kind: 'amend',
      text: 'Recalling with concern its resolution 9/1,',
    });
    expect(prepared).toMatchObject({ delegation: 'EU', author: { name: 'Eva' }, tabled: null });

    expect((await listPreparedProposals(db, emil, draftId)).map((item) => item.text)).toContain(
      'Recalling with concern its resolution 9/1,',
    );
    expect(await listPreparedProposals(db, sam, draftId)).toEqual([]);
    expect(await failureCode(updatePreparedProposal(db, sam, draftId, prepared.id, { text: 'Hijacked' }))).toBe('not-found');
    expect(await failureCode(deletePreparedProposal(db, sam, draftId, prepared.id))).toBe('not-found');
    expect(await failureCode(tablePreparedProposal(db, sam, draftId, prepared.id, endpoint))).toBe('not-found');
    // Nothing about it reached the audit or the live document.
    expect(await db.auditEvent.count({ where: { detail: { contains: 'with concern' } } })).toBe(0);
    expect(await db.proposal.count({ where: { draftId } })).toBe(0);
    expect((await listPreparedProposals(db, eva, draftId))[0]?.text).toBe('Recalling with concern its resolution 9/1,');
  });

  it('cannot be prepared, listed or tabled by an observer or the secretariat', async () => {
    const { db } = database;
    for (const person of [olga, sara]) {
      expect(await failureCode(createPreparedProposal(db, person, draftId, { paragraphId, kind: 'delete', text: '' }))).toBe('forbidden');
      expect(await failureCode(listPreparedProposals(db, person, draftId))).toBe('forbidden');
    }
    const prepared = await createPreparedProposal(db, eva, draftId, { paragraphId, kind: 'delete', text: '' });
    expect(await failureCode(tablePreparedProposal(db, olga, draftId, prepared.id, endpoint))).toBe('forbidden');
  });

  it('refuses a proposal without wording, or about a paragraph the draft does not have', async () => {
    const { db } = database;
    expect(await failureCode(createPreparedProposal(db, eva, draftId, { paragraphId, kind: 'amend', text: '   ' }))).toBe('invalid-input');
    expect(await failureCode(createPreparedProposal(db, eva, draftId, { paragraphId: 'nope', kind: 'add', text: 'New' }))).toBe(
      'invalid-input',
    );
  });

  it("are edited while private; a colleague tables one in the delegation's name and the drafter's; a second tabling is a conflict", async () => {
    const { db } = database;
    const prepared = await createPreparedProposal(db, eva, draftId, {
      paragraphId,
      kind: 'alternative',
      text: 'Bearing in mind resolution 9/1,',
    });
    await updatePreparedProposal(db, emil, draftId, prepared.id, {
      text: 'Bearing in mind its resolution 9/1,',
      explanation: 'Closer to agreed language.',
    });

    const tabled = await tablePreparedProposal(db, emil, draftId, prepared.id, endpoint);
    expect(tabled.tabled).toMatchObject({ by: { name: 'Emil' } });
    expect(tabled.author.name).toBe('Eva');

    const rows = await db.proposal.findMany({ where: { draftId, id: tabled.tabled!.proposalId } });
    expect(rows).toMatchObject([{ delegation: 'EU', authorId: eva.id, kind: 'alternative', text: 'Bearing in mind its resolution 9/1,' }]);
    const audit = await db.auditEvent.findMany({ where: { draftId, target: tabled.tabled!.proposalId }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((event) => [event.action, event.actorId])).toEqual(
      expect.arrayContaining([
        ['proposal.create', emil.id],
        ['proposal.table', emil.id],
      ]),
    );
    expect(JSON.parse(audit.find((event) => event.action === 'proposal.table')!.detail!)).toMatchObject({
      draftedBy: { id: eva.id, name: 'Eva' },
      tabledBy: { id: emil.id, name: 'Emil' },
    });
    // The paragraph's history finds the tabling beside the creation.
    const history = await listParagraphHistory(db, draftId, rows[0]!.paragraphId);
    expect(history.map((entry) => entry.action)).toEqual(expect.arrayContaining(['proposal.create', 'proposal.table']));

    expect(await failureCode(tablePreparedProposal(db, eva, draftId, prepared.id, endpoint))).toBe('conflict');
    expect(await failureCode(updatePreparedProposal(db, eva, draftId, prepared.id, { text: 'Too late' }))).toBe('conflict');
    expect(await failureCode(deletePreparedProposal(db, eva, draftId, prepared.id))).toBe('conflict');
    expect(await db.proposal.count({ where: { draftId, text: 'Bearing in mind its resolution 9/1,' } })).toBe(1);
  });

  it('makes one proposal when two colleagues table the same one at the same moment', async () => {
    const { db } = database;
    const prepared = await createPreparedProposal(db, eva, draftId, {
      paragraphId,
      kind: 'amend',
      text: 'Recalling also its resolution 9/1,',
    });
    const outcomes = await Promise.all([
      failureCode(tablePreparedProposal(db, eva, draftId, prepared.id, endpoint)),
      failureCode(tablePreparedProposal(db, emil, draftId, prepared.id, endpoint)),
    ]);
    expect(outcomes.sort()).toEqual(['conflict', 'succeeded']);
    expect(await db.proposal.count({ where: { draftId, text: 'Recalling also its resolution 9/1,' } })).toBe(1);
  });

  it('stays private when the live draft cannot be reached, and can be tabled once it can', async () => {
    const { db } = database;
    const prepared = await createPreparedProposal(db, eva, draftId, {
      paragraphId,
      kind: 'amend',
      text: 'Recalling once more its resolution 9/1,',
    });
    const unreachable = { baseUrl: 'http://127.0.0.1:9', secret: testSecret };
    expect(await failureCode(tablePreparedProposal(db, eva, draftId, prepared.id, unreachable))).toBe('unavailable');
    expect((await listPreparedProposals(db, eva, draftId)).find((item) => item.id === prepared.id)?.tabled).toBeNull();
    const forged = { ...endpoint, secret: 'another-secret-0123456789abcdefghij' };
    expect(await failureCode(tablePreparedProposal(db, eva, draftId, prepared.id, forged))).toBe('unavailable');
    expect(await db.proposal.count({ where: { draftId, text: 'Recalling once more its resolution 9/1,' } })).toBe(0);

    const tabled = await tablePreparedProposal(db, eva, draftId, prepared.id, endpoint);
    expect(tabled.tabled?.by.name).toBe('Eva');
    expect(await db.proposal.count({ where: { draftId, text: 'Recalling once more its resolution 9/1,' } })).toBe(1);
  });
});
