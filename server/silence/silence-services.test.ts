import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, fr } from '@/test-support/messages';
import type { AppError } from '@/server/errors/app-error';
import { readDraftSnapshot } from '@/lib/draft';
import { readDraftDoc } from '@/server/drafts/read-draft-doc';
import { listParagraphHistory } from '@/server/proposals/list-paragraph-history';
import { findUser, type CurrentUser } from '@/server/users/find-user';
import { createSampleDraft, createTestDatabase, type TestDatabase } from '@/test-support/realtime-server';
import { breakSilence } from './break-silence';
import { cancelSilenceProcedure } from './cancel-silence-procedure';
import { listSilenceProcedures } from './list-silence-procedures';
import { startSilenceProcedure } from './start-silence-procedure';

let database: TestDatabase;
let facilitator: CurrentUser;
let delegate: CurrentUser;

beforeAll(async () => {
  database = await createTestDatabase();
  facilitator = (await findUser(database.db, database.userId))!;
  delegate = (await findUser(database.db, 'u-delegate'))!;
});
afterAll(async () => database.dispose());

async function readIds(draftId: string): Promise<string[]> {
  const doc = (await readDraftDoc(database.db, draftId))!;
  const ids = readDraftSnapshot(doc).paragraphs.map((paragraph) => paragraph.id);
  doc.destroy();
  return ids;
}

const inAnHour = () => new Date(Date.now() + 3_600_000);

/** A refusal as the browser words it from its reason, in English and French. */
async function sayRefusal(refused: Promise<unknown>): Promise<{ message: string; en: string; fr: string }> {
  const error = (await refused.then(
    () => {
      throw new Error('not refused');
    },
    (caught: unknown) => caught,
  )) as AppError;
  const say = (locale: 'en' | 'fr') =>
    createTranslator({ locale, messages: locale === 'en' ? en : fr, namespace: 'refusals' })(
      `reasons.${error.reason}` as 'reasons.sign-in-first',
      error.params as never,
    );
  return { message: error.message, en: say('en'), fr: say('fr') };
}

describe('silence procedure services', () => {
  it('starts for the facilitator only, with a future deadline, never twice on one paragraph', async () => {
    const draftId = await createSampleDraft(database);
    const [first, second] = await readIds(draftId);
    await expect(
      startSilenceProcedure(database.db, delegate, draftId, {
        selection: { paragraphIds: [first!] },
        outcome: 'agreed',
        deadline: inAnHour(),
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      startSilenceProcedure(database.db, facilitator, draftId, {
        selection: { paragraphIds: [first!] },
        outcome: 'agreed',
        deadline: new Date(Date.now() - 1_000),
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', message: 'The deadline must be in the future.', reason: 'deadline-in-past' });
    const gone = await sayRefusal(
      startSilenceProcedure(database.db, facilitator, draftId, {
        selection: { paragraphIds: ['gone', 'lost'] },
        outcome: 'agreed',
        deadline: inAnHour(),
      }),
    );
    expect(gone).toEqual({
      message: '2 of the chosen paragraphs are no longer in the draft; reload and choose again.',
      en: '2 of the chosen paragraphs are no longer in the draft; reload and choose again.',
      fr: 'Des paragraphes choisis (2) ne sont plus dans le projet ; rechargez la page et choisissez à nouveau.',
    });
    const list = await startSilenceProcedure(database.db, facilitator, draftId, {
      selection: { paragraphIds: [first!, second!] },
      outcome: 'agreed-ad-ref',
      deadline: inAnHour(),
    });
    expect(list.procedures).toHaveLength(1);
    expect(list.procedures[0]).toMatchObject({ state: 'running', paragraphIds: [first, second], outcome: 'agreed-ad-ref' });
    const overlap = startSilenceProcedure(database.db, facilitator, draftId, {
      selection: { paragraphIds: [second!] },
      outcome: 'agreed',
      deadline: inAnHour(),
    });
    await expect(overlap).rejects.toMatchObject({
      code: 'conflict',
      reason: 'silence-overlap',
      params: { paragraphs: 'OP 1', count: '1' },
    });
    expect(await sayRefusal(overlap)).toEqual({
      message: 'OP 1 is already under silence.',
      en: 'OP 1 is already under silence.',
      fr: 'OP 1 fait déjà l’objet d’une procédure d’approbation tacite.',
    });
    const both = await sayRefusal(
      startSilenceProcedure(database.db, facilitator, draftId, {
        selection: { paragraphIds: [first!, second!] },
        outcome: 'agreed',
        deadline: inAnHour(),
      }),
    );
    expect(both).toEqual({
      message: 'PP1, OP 1 are already under silence.',
      en: 'PP1, OP 1 are already under silence.',
      fr: 'PP1, OP 1 font déjà l’objet d’une procédure d’approbation tacite.',
    });
    const audit = await database.db.auditEvent.findMany({ where: { draftId, action: 'silence.start' } });
    expect(JSON.parse(audit[0]!.detail!)).toMatchObject({ paragraphs: 'PP1, OP 1', outcome: 'agreed-ad-ref' });
    expect(await database.db.notification.count({ where: { draftId, kind: 'silence.started' } })).toBeGreaterThan(0);
  });

  it('a delegate breaks it with a statement before the deadline: broken at once, recorded, nothing more accepted', async () => {
    const draftId = await createSampleDraft(database);
    const [first] = await readIds(draftId);
    const started = await startSilenceProcedure(database.db, facilitator, draftId, {
      selection: { paragraphIds: [first!] },
      outcome: 'agreed',
      deadline: inAnHour(),
    });
    const procedureId = started.procedures[0]!.id;
    await expect(breakSilence(database.db, facilitator, draftId, procedureId, 'No.')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(breakSilence(database.db, delegate, draftId, procedureId, '   ')).rejects.toMatchObject({ code: 'invalid-input' });
    const broken = await breakSilence(database.db, delegate, draftId, procedureId, ' Pending instructions from capital. ');
    expect(broken.procedures[0]).toMatchObject({
      state: 'broken',
      breaks: [{ delegationCode: 'FRA', delegationName: 'France', statement: 'Pending instructions from capital.' }],
    });
    await expect(breakSilence(database.db, delegate, draftId, procedureId, 'Again.')).rejects.toMatchObject({ code: 'conflict' });
    const ended = cancelSilenceProcedure(database.db, facilitator, draftId, procedureId);
    await expect(ended).rejects.toMatchObject({ code: 'conflict', reason: 'silence-already-ended', params: { state: 'broken' } });
    expect(await sayRefusal(ended)).toEqual({
      message: 'This procedure has already ended (broken).',
      en: 'This procedure has already ended (broken).',
      fr: 'Cette procédure est déjà terminée (silence rompu).',
    });
    const actions = (await database.db.auditEvent.findMany({ where: { draftId }, orderBy: { createdAt: 'asc' } })).map(
      (event) => event.action,
    );
    expect(actions).toEqual(['silence.start', 'silence.break', 'silence.broken']);
    // The paragraph's own history tells the story too.
    const history = await listParagraphHistory(database.db, draftId, first!);
    expect(history.map((entry) => entry.action)).toEqual(['silence.start', 'silence.break', 'silence.broken']);
  });

  it('refuses a break once the deadline has passed by the server clock, and a cancel likewise', async () => {
    const draftId = await createSampleDraft(database);
    const [first] = await readIds(draftId);
    const started = await startSilenceProcedure(database.db, facilitator, draftId, {
      selection: { paragraphIds: [first!] },
      outcome: 'agreed',
      deadline: inAnHour(),
    });
    const procedureId = started.procedures[0]!.id;
    // As if the hour had passed and the keeper had not yet applied the outcome.
    await database.db.silenceProcedure.update({ where: { id: procedureId }, data: { deadline: new Date(Date.now() - 1) } });
    await expect(breakSilence(database.db, delegate, draftId, procedureId, 'Too late.')).rejects.toMatchObject({
      code: 'conflict',
      message: 'The deadline has passed: silence can no longer be broken.',
    });
    expect(await sayRefusal(cancelSilenceProcedure(database.db, facilitator, draftId, procedureId))).toEqual({
      message: 'The deadline has passed: the outcome is being applied.',
      en: 'The deadline has passed: the outcome is being applied.',
      fr: 'Le délai est passé : le résultat est en cours d’application.',
    });
    expect((await listSilenceProcedures(database.db, draftId)).procedures[0]!.state).toBe('running');
  });

  it('the facilitator cancels a running procedure', async () => {
    const draftId = await createSampleDraft(database);
    const [first] = await readIds(draftId);
    const started = await startSilenceProcedure(database.db, facilitator, draftId, {
      selection: { paragraphIds: [first!] },
      outcome: 'agreed',
      deadline: inAnHour(),
    });
    const list = await cancelSilenceProcedure(database.db, facilitator, draftId, started.procedures[0]!.id);
    expect(list.procedures[0]!.state).toBe('cancelled');
  });
});
