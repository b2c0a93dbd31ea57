import { Prisma } from '@/generated/prisma/client';
import { maxStatementLength, readParagraphIds } from '@/lib/silence/silence-procedure';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordAuditEvent } from '@/server/negotiations/record-audit-event';
import { notifyPeople } from '@/server/notifications/notify-people';
import { notifyDraftRulesChanged } from '@/server/realtime/notify-draft-rules-changed';
import type { CurrentUser } from '@/server/users/find-user';
import { listSilenceProcedures, type SilenceProcedureList } from './list-silence-procedures';

/**
 * The person's delegation (from the roster, never the request) breaks silence with a statement, before the
 * deadline by the server clock: the procedure ends as broken at once, the paragraphs stay open. The move from
 * running is a conditional update, so a break and the keeper's adoption at the deadline cannot both win.
 */
export async function breakSilence(
  db: Db,
  user: CurrentUser,
  draftId: string,
  procedureId: string,
  statement: string,
): Promise<SilenceProcedureList> {
  const access = await checkDraftAccess(db, user, draftId, 'silence:break');
  const text = statement.trim();
  if (text.length === 0)
    throw new AppError('invalid-input', 'Write a statement: it is recorded and shown to everyone.', 'statement-missing');
  if (text.length > maxStatementLength) {
    throw new AppError(
      'invalid-input',
      `The statement is ${text.length} characters; at most ${maxStatementLength} are allowed.`,
      'statement-too-long',
      { length: String(text.length), max: String(maxStatementLength) },
    );
  }
  const procedure = await db.silenceProcedure.findFirst({
    where: { id: procedureId, draftId },
    select: { id: true, state: true, deadline: true, paragraphIds: true },
  });
  if (!procedure) throw new AppError('not-found', 'There is no such silence procedure on this draft.', 'no-silence-procedure');
  const delegation = access.delegation;
  const now = new Date();
  try {
    await db.$transaction(async (tx) => {
      const moved = await tx.silenceProcedure.updateMany({
        where: { id: procedureId, state: 'running', deadline: { gt: now } },
        data: { state: 'broken', closedAt: now },
      });
      if (moved.count === 0) {
        const current = await tx.silenceProcedure.findUniqueOrThrow({
          where: { id: procedureId },
          select: { state: true, deadline: true },
        });
        if (current.state === 'broken') throw new AppError('conflict', 'Silence has already been broken.', 'silence-already-broken');
        if (current.state === 'running' || current.state === 'adopted') {
          throw new AppError('conflict', 'The deadline has passed: silence can no longer be broken.', 'silence-deadline-passed');
        }
        throw new AppError('conflict', 'This silence procedure was cancelled.', 'silence-cancelled');
      }
      await tx.silenceBreak.create({
        data: { procedureId, delegationCode: delegation.code, userId: user.id, authorName: user.name, statement: text, createdAt: now },
      });
      await recordAuditEvent(tx, {
        actor: user,
        delegationCode: delegation.code,
        action: 'silence.break',
        target: procedureId,
        draftId,
        negotiationId: access.draft.negotiationId,
        detail: { statement: text, deadline: procedure.deadline.toISOString(), paragraphIds: readParagraphIds(procedure.paragraphIds) },
      });
      await recordAuditEvent(tx, {
        actor: user,
        delegationCode: delegation.code,
        action: 'silence.broken',
        target: procedureId,
        draftId,
        negotiationId: access.draft.negotiationId,
        detail: {
          brokenBy: [delegation.code],
          deadline: procedure.deadline.toISOString(),
          paragraphIds: readParagraphIds(procedure.paragraphIds),
        },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', `${delegation.name} has already broken this silence.`, 'silence-broken-by-delegation', {
        delegation: delegation.name,
      });
    }
    throw error;
  }
  // The paragraphs freeze (or thaw) as the realtime server hears of it, not at its next read.
  await notifyDraftRulesChanged(draftId);
  await notifyPeople(db, {
    negotiationId: access.draft.negotiationId,
    draftId,
    kind: 'silence.broken',
    title: `Silence broken by ${delegation.name}`,
    message: { key: 'silenceBroken', values: { delegation: delegation.name } },
    body: text,
    link: `/drafts/${draftId}`,
    actorDelegation: delegation.code,
    audience: { negotiation: true },
    dedupeKey: `silence.broken:${procedureId}`,
  });
  return listSilenceProcedures(db, draftId);
}
