import { readDraftSnapshot } from '@/lib/draft';
import type { RevisionSnapshot } from '@/lib/revisions/types';
import { labelSilencedParagraphs } from '@/lib/silence/label-silenced-paragraphs';
import { readParagraphIds, SilenceRefusal, startSilence, type SilenceOutcome } from '@/lib/silence/silence-procedure';
import type { Db } from '@/server/db/client';
import { readDraftDoc } from '@/server/drafts/read-draft-doc';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyPeople } from '@/server/notifications/notify-people';
import { notifyDraftRulesChanged } from '@/server/realtime/notify-draft-rules-changed';
import type { CurrentUser } from '@/server/users/find-user';
import { listSilenceProcedures, type SilenceProcedureList } from './list-silence-procedures';

/** Chosen paragraphs, or a revision's (its id, or "latest"). */
export type SilenceSelection = { paragraphIds: string[] } | { revisionId: string };

export interface StartSilenceInput {
  selection: SilenceSelection;
  outcome: SilenceOutcome;
  deadline: Date;
}

/**
 * Places paragraphs (chosen, or those of a revision still in the draft) under silence until a deadline in the
 * future by the server clock. A paragraph already under a running procedure is refused: one silence at a time.
 */
export async function startSilenceProcedure(
  db: Db,
  user: CurrentUser,
  draftId: string,
  input: StartSilenceInput,
): Promise<SilenceProcedureList> {
  const access = await checkDraftAccess(db, user, draftId, 'silence:run');
  const doc = await readDraftDoc(db, draftId);
  if (!doc) throw new AppError('not-found', `There is no draft "${draftId}".`, 'no-draft', { id: draftId });
  const paragraphs = readDraftSnapshot(doc).paragraphs;
  doc.destroy();
  const present = new Set(paragraphs.map((paragraph) => paragraph.id));
  let wanted: string[];
  let revisionId: string | null = null;
  if ('revisionId' in input.selection) {
    const revision = await db.revision.findFirst({
      where: { id: input.selection.revisionId, draftId },
      select: { id: true, snapshot: true },
    });
    if (!revision) throw new AppError('not-found', 'That revision is not one of this draft’s.', 'revision-elsewhere');
    revisionId = revision.id;
    wanted = (JSON.parse(revision.snapshot) as RevisionSnapshot).paragraphs
      .map((paragraph) => paragraph.id)
      .filter((id) => present.has(id));
    if (wanted.length === 0)
      throw new AppError('invalid-input', 'None of that revision’s paragraphs is still in the draft.', 'revision-paragraphs-gone');
  } else {
    wanted = input.selection.paragraphIds;
    const missing = wanted.filter((id) => !present.has(id));
    if (missing.length > 0)
      throw new AppError(
        'invalid-input',
        `${missing.length} of the chosen paragraphs are no longer in the draft; reload and choose again.`,
        'silence-paragraphs-gone',
        { count: String(missing.length) },
      );
  }
  let procedure: ReturnType<typeof startSilence>;
  try {
    procedure = startSilence({ paragraphIds: wanted, outcome: input.outcome, deadline: input.deadline, now: new Date() });
  } catch (error) {
    if (error instanceof SilenceRefusal) throw new AppError('invalid-input', error.message, error.reason, error.params);
    throw error;
  }
  const labels = labelSilencedParagraphs(paragraphs, procedure.paragraphIds);
  const negotiationId = access.draft.negotiationId;
  const created = await db.$transaction(async (tx) => {
    const running = await tx.silenceProcedure.findMany({ where: { draftId, state: 'running' }, select: { paragraphIds: true } });
    const busy = new Set(running.flatMap((row) => readParagraphIds(row.paragraphIds)));
    const overlap = procedure.paragraphIds.filter((id) => busy.has(id));
    if (overlap.length > 0) {
      const overlapping = labelSilencedParagraphs(paragraphs, overlap);
      throw new AppError('conflict', `${overlapping} ${overlap.length === 1 ? 'is' : 'are'} already under silence.`, 'silence-overlap', {
        paragraphs: overlapping,
        count: String(overlap.length),
      });
    }
    const row = await tx.silenceProcedure.create({
      data: {
        draftId,
        revisionId,
        paragraphIds: JSON.stringify(procedure.paragraphIds),
        outcome: procedure.outcome,
        deadline: procedure.deadline,
        startedById: user.id,
        startedByDelegation: access.delegation.code,
      },
    });
    await recordAuditEvent(tx, {
      actor: user,
      delegationCode: access.delegation.code,
      action: 'silence.start',
      target: row.id,
      draftId,
      negotiationId,
      detail: {
        paragraphs: labels,
        paragraphIds: procedure.paragraphIds,
        outcome: procedure.outcome,
        deadline: procedure.deadline.toISOString(),
        revisionId,
      },
    });
    return row;
  });
  // The paragraphs freeze (or thaw) as the realtime server hears of it, not at its next read.
  await notifyDraftRulesChanged(draftId);
  await notifyPeople(db, {
    negotiationId,
    draftId,
    kind: 'silence.started',
    title: `Silence procedure on ${labels}`,
    message: { key: 'silenceStarted', values: { paragraphs: labels, until: procedure.deadline.toISOString() } },
    body: `Until ${procedure.deadline.toISOString()}: break silence before then to keep the paragraphs open.`,
    link: `/drafts/${draftId}`,
    actorDelegation: access.delegation.code,
    audience: { negotiation: true },
    dedupeKey: `silence.started:${created.id}`,
  });
  return listSilenceProcedures(db, draftId);
}
