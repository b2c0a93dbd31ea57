import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFurnitureSchema } from '@/lib/furniture/draft-furniture';
import { exportRevisionDocx } from '@/server/docx/export-revision-docx';
import { issueRevision } from '@/server/revisions/issue-revision';
import { findRevision } from '@/server/revisions/find-revision';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { readPart } from '@/test-support/docx-fixtures';
import { createSampleDraft, createTestDatabase, testNegotiationId, type TestDatabase } from '@/test-support/realtime-server';
import { catchRefusal, sayRefusal } from '@/test-support/say-refusal';
import { buildDraftDocumentFurniture } from './build-draft-document-furniture';
import { joinCosponsorship } from './join-cosponsorship';
import { listFurnitureHistory } from './list-furniture-history';
import { readDraftFurniture } from './read-draft-furniture';
import { setDraftFurniture } from './set-draft-furniture';
import { setMainSponsor } from './set-main-sponsor';
import { withdrawCosponsorship } from './withdraw-cosponsorship';

let database: TestDatabase;
let facilitator: CurrentUser;
let secretariat: CurrentUser;
let observer: CurrentUser;
/** A delegate of France, and one of Colombia. */
let france: CurrentUser;
let colombia: CurrentUser;
let colombiaId: string;
let mexicoId: string;

const details = draftFurnitureSchema.parse({
  symbol: 'CTOC/COP/2022/L.5',
  distribution: 'Limited',
  date: '2022-10-19',
  agendaItem: 'Agenda item 2',
  originalLanguage: 'English',
});

async function personOf(id: string): Promise<CurrentUser> {
  return (await findUser(database.db, id))!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await db.negotiation.update({
    where: { id: testNegotiationId },
    data: { body: 'Conference of the Parties', session: 'Eleventh session', startsOn: '2022-10-17', endsOn: '2022-10-21' },
  });
  const colombiaDelegation = await db.delegation.create({ data: { code: 'COL', name: 'Colombia', colour: '#aa0000' } });
  const mexicoDelegation = await db.delegation.create({ data: { code: 'MEX', name: 'Mexico', colour: '#00aa00' } });
  colombiaId = colombiaDelegation.id;
  mexicoId = mexicoDelegation.id;
  const franceId = (await db.delegation.findUniqueOrThrow({ where: { code: 'FRA' } })).id;
  for (const delegationId of [franceId, colombiaId])
    await db.negotiationDelegation.create({ data: { negotiationId: testNegotiationId, delegationId } });
  await db.user.create({ data: { id: 'u-colombia', email: 'col@example.org', name: 'Ana', passwordHash: 'x', delegationId: colombiaId } });
  await db.negotiationMember.create({ data: { negotiationId: testNegotiationId, userId: 'u-colombia', role: 'delegate' } });
  facilitator = await personOf(database.userId);
  secretariat = await personOf('u-secretariat');
  observer = await personOf('u-observer');
  france = await personOf('u-delegate');
  colombia = await personOf('u-colombia');
});

afterAll(() => database.dispose());

describe('document details', () => {
  it('fills what the draft leaves unset from its negotiation, and lets the draft’s own lines win', async () => {
    const draftId = await createSampleDraft(database);
    const view = await setDraftFurniture(database.db, secretariat, draftId, { ...details, session: 'Resumed eleventh session' });
    expect(view.own).toEqual({ ...details, session: 'Resumed eleventh session' });
    expect(view.effective).toMatchObject({
      body: 'Conference of the Parties',
      session: 'Resumed eleventh session',
      place: '17–21 October 2022',
      symbol: 'CTOC/COP/2022/L.5',
    });
  });

  it('records each change in the audit with what each field was and became, and nothing for an unchanged form', async () => {
    const draftId = await createSampleDraft(database);
    await setDraftFurniture(database.db, facilitator, draftId, details);
    await setDraftFurniture(database.db, facilitator, draftId, { ...details, distribution: 'General' });
    await setDraftFurniture(database.db, facilitator, draftId, { ...details, distribution: 'General' });
    const history = await listFurnitureHistory(database.db, draftId);
    expect(history.map((entry) => entry.action)).toEqual(['draft.furniture', 'draft.furniture']);
    expect(history[1]).toMatchObject({
      actorName: 'F',
      detail: { changes: { distribution: { from: 'Limited', to: 'General' } } },
    });
  });

  it('does not let an observer or a delegate set them, and answers "not found" to someone who may not see the draft', async () => {
    const draftId = await createSampleDraft(database);
    await expect(setDraftFurniture(database.db, observer, draftId, details)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setDraftFurniture(database.db, france, draftId, details)).rejects.toMatchObject({ code: 'forbidden' });
    await database.db.user.create({
      data: { id: 'u-outsider', email: 'out@example.org', name: 'Out', passwordHash: 'x', delegationId: mexicoId },
    });
    const outsider = await personOf('u-outsider');
    await expect(setDraftFurniture(database.db, outsider, draftId, details)).rejects.toMatchObject({ code: 'not-found' });
    await expect(joinCosponsorship(database.db, outsider, draftId)).rejects.toMatchObject({ code: 'not-found' });
    expect((await readDraftFurniture(database.db, draftId)).own).toEqual({});
    expect(await listFurnitureHistory(database.db, draftId)).toEqual([]);
  });
});

describe('sponsors', () => {
  it('keeps co-sponsors in joining order, each delegate joining for their own delegation only', async () => {
    const draftId = await createSampleDraft(database);
    await joinCosponsorship(database.db, colombia, draftId);
    const view = await joinCosponsorship(database.db, france, draftId);
    expect(view.coSponsors.map((delegation) => delegation.code)).toEqual(['COL', 'FRA']);
    await expect(joinCosponsorship(database.db, france, draftId)).rejects.toMatchObject({ code: 'conflict' });
    const withdrawn = await withdrawCosponsorship(database.db, colombia, draftId);
    expect(withdrawn.coSponsors.map((delegation) => delegation.code)).toEqual(['FRA']);
    await expect(withdrawCosponsorship(database.db, colombia, draftId)).rejects.toMatchObject({ code: 'conflict' });
    const history = await listFurnitureHistory(database.db, draftId);
    expect(history.map((entry) => [entry.action, entry.delegationName])).toEqual([
      ['draft.cosponsor.join', 'Colombia'],
      ['draft.cosponsor.join', 'France'],
      ['draft.cosponsor.withdraw', 'Colombia'],
    ]);
  });

  it('a delegate cannot co-sponsor for another delegation: the delegation is the one the roster gives them', async () => {
    const draftId = await createSampleDraft(database);
    // The service takes no delegation at all; whatever a request names, France's delegate joins as France.
    await joinCosponsorship(database.db, france, draftId);
    const view = await readDraftFurniture(database.db, draftId);
    expect(view.coSponsors.map((delegation) => delegation.code)).toEqual(['FRA']);
    // Nor can they take another delegation off: withdrawing touches their own only.
    await joinCosponsorship(database.db, colombia, draftId);
    await withdrawCosponsorship(database.db, france, draftId);
    expect((await readDraftFurniture(database.db, draftId)).coSponsors.map((delegation) => delegation.code)).toEqual(['COL']);
  });

  it('leaves co-sponsorship to delegates: the Chair, the secretariat and observers may not', async () => {
    const draftId = await createSampleDraft(database);
    for (const person of [facilitator, secretariat, observer]) {
      await expect(joinCosponsorship(database.db, person, draftId)).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('sets the main sponsor among the negotiation’s delegations, by the facilitator or secretariat only', async () => {
    const draftId = await createSampleDraft(database);
    await expect(setMainSponsor(database.db, france, draftId, colombiaId)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setMainSponsor(database.db, facilitator, draftId, mexicoId)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('taking part in this negotiation'),
    });
    await joinCosponsorship(database.db, colombia, draftId);
    await joinCosponsorship(database.db, france, draftId);
    const view = await setMainSponsor(database.db, secretariat, draftId, colombiaId);
    expect(view.mainSponsor?.code).toBe('COL');
    // Colombia moved from the co-sponsors to the main sponsor's line.
    expect(view.coSponsors.map((delegation) => delegation.code)).toEqual(['FRA']);
    await expect(joinCosponsorship(database.db, colombia, draftId)).rejects.toMatchObject({ code: 'conflict' });
    const history = await listFurnitureHistory(database.db, draftId);
    expect(history.at(-1)).toMatchObject({
      action: 'draft.sponsor.set',
      detail: { sponsor: { code: 'COL', name: 'Colombia' }, previous: null, leftCosponsors: true },
    });
    expect((await setMainSponsor(database.db, facilitator, draftId, null)).mainSponsor).toBeNull();
  });

  it('says its refusals in the reader’s language, the English one being the server’s own sentence', async () => {
    const draftId = await createSampleDraft(database);
    await joinCosponsorship(database.db, france, draftId);
    const cosponsorsAlready = await catchRefusal(joinCosponsorship(database.db, france, draftId));
    const notCosponsor = await catchRefusal(withdrawCosponsorship(database.db, colombia, draftId));
    const notTakingPart = await catchRefusal(setMainSponsor(database.db, facilitator, draftId, mexicoId));
    await setMainSponsor(database.db, facilitator, draftId, colombiaId);
    const mainSponsorAlready = await catchRefusal(joinCosponsorship(database.db, colombia, draftId));

    const refusals = [cosponsorsAlready, notCosponsor, notTakingPart, mainSponsorAlready];
    for (const refusal of refusals) expect(sayRefusal(refusal, 'en')).toBe((refusal as Error).message);
    expect(refusals.map((refusal) => sayRefusal(refusal, 'fr'))).toEqual([
      'France est déjà coauteur de ce projet.',
      'Colombia n’est pas coauteur de ce projet.',
      'L’auteur principal doit être une délégation participant à cette négociation.',
      'Colombia est déjà l’auteur principal de ce projet.',
    ]);
  });

  it('refuses every change to an archived draft', async () => {
    const draftId = await createSampleDraft(database);
    await database.db.draft.update({ where: { id: draftId }, data: { archivedAt: new Date() } });
    await expect(setDraftFurniture(database.db, facilitator, draftId, details)).rejects.toMatchObject({ code: 'conflict' });
    await expect(joinCosponsorship(database.db, france, draftId)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('furniture in revisions and exports', () => {
  it('freezes the details and sponsors in the revision and prints "/Rev.n" for a revision named "Rev.n"', async () => {
    const draftId = await createSampleDraft(database);
    await setDraftFurniture(database.db, facilitator, draftId, details);
    await setMainSponsor(database.db, facilitator, draftId, colombiaId);
    await joinCosponsorship(database.db, france, draftId);
    const rev1 = await issueRevision(database.db, draftId, 'Rev.1', facilitator);
    const informal = await issueRevision(database.db, draftId, 'Informal 2', facilitator);
    // Later changes do not reach an issued revision.
    await setDraftFurniture(database.db, facilitator, draftId, { ...details, symbol: 'CTOC/COP/2022/L.9' });
    await withdrawCosponsorship(database.db, france, draftId);

    const stored = (await findRevision(database.db, rev1.id))!;
    expect(stored.snapshot.furniture).toEqual({
      details: { ...details, body: 'Conference of the Parties', session: 'Eleventh session', place: '17–21 October 2022' },
      mainSponsor: { code: 'COL', name: 'Colombia' },
      coSponsors: [{ code: 'FRA', name: 'France' }],
    });
    const printed = await buildDraftDocumentFurniture(database.db, {
      revision: { name: stored.name, issuedAt: stored.issuedAt, furniture: stored.snapshot.furniture },
    });
    expect(printed).toMatchObject({
      symbol: 'CTOC/COP/2022/L.5/Rev.1',
      date: '19 October 2022',
      mainSponsor: 'Colombia',
      coSponsors: ['France'],
      documentKind: 'revised draft resolution',
    });
    const informalStored = (await findRevision(database.db, informal.id))!;
    expect(
      await buildDraftDocumentFurniture(database.db, {
        revision: { name: informalStored.name, issuedAt: informalStored.issuedAt, furniture: informalStored.snapshot.furniture },
      }),
    ).toMatchObject({ symbol: 'CTOC/COP/2022/L.5', documentKind: 'draft resolution' });
    expect(await buildDraftDocumentFurniture(database.db, { draftId })).toMatchObject({
      symbol: 'CTOC/COP/2022/L.9',
      mainSponsor: 'Colombia',
    });

    const { buffer } = await exportRevisionDocx(database.db, rev1.id, { tracked: false, reader: 'operator' });
    const parts = await Promise.all(['word/document.xml', 'word/header1.xml'].map((part) => readPart(buffer, part).catch(() => '')));
    expect(parts.join('')).toContain('CTOC/COP/2022/L.5/Rev.1');
  });
});
