import { describeAdoption, isSilenceOutcome, readParagraphIds } from '@/lib/silence/silence-procedure';
import type { RunningSilence, SilenceStore } from '@/realtime/silence-keeper';
import type { Db } from '@/server/db/client';
import { notifyPeople } from '@/server/notifications/notify-people';

/** Who the outcome is recorded as: nobody acted, the server clock did. */
const systemActorId = 'system';

/**
 * Silence procedures in the app database, for the realtime server's keeper: the running ones, and their
 * adoption (conditional on still running) together with its audit row, then the notifications.
 */
export function createPrismaSilenceStore(db: Db, log: (message: string) => void = () => undefined): SilenceStore {
  return {
    async listRunning() {
      const rows = await db.silenceProcedure.findMany({
        where: { state: 'running' },
        select: { id: true, draftId: true, paragraphIds: true, outcome: true, deadline: true },
      });
      return rows.map(
        (row): RunningSilence => ({
          id: row.id,
          draftId: row.draftId,
          paragraphIds: readParagraphIds(row.paragraphIds),
          outcome: isSilenceOutcome(row.outcome) ? row.outcome : 'agreed-ad-ref',
          deadline: row.deadline,
        }),
      );
    },
    async recordAdoption(procedure, now, labels) {
      const draft = await db.draft.findUnique({ where: { id: procedure.draftId }, select: { negotiationId: true } });
      if (!draft) return false;
      const record = describeAdoption(procedure.deadline);
      const moved = await db.$transaction(async (tx) => {
        const { count } = await tx.silenceProcedure.updateMany({
          where: { id: procedure.id, state: 'running', deadline: { lte: now } },
          data: { state: 'adopted', closedAt: now },
        });
        if (count === 0) return false;
        await tx.auditEvent.create({
          data: {
            actorId: systemActorId,
            delegationCode: '',
            action: 'silence.adopted',
            target: procedure.id,
            draftId: procedure.draftId,
            negotiationId: draft.negotiationId,
            detail: JSON.stringify({
              paragraphs: labels,
              paragraphIds: procedure.paragraphIds,
              outcome: procedure.outcome,
              deadline: procedure.deadline.toISOString(),
              record,
            }),
          },
        });
        return true;
      });
      if (moved) {
        await notifyPeople(db, {
          negotiationId: draft.negotiationId,
          draftId: procedure.draftId,
          kind: 'silence.adopted',
          title: `${labels}: adopted under silence procedure`,
          message: { key: 'silenceAdopted', values: { paragraphs: labels } },
          body: record,
          link: `/drafts/${procedure.draftId}`,
          audience: { negotiation: true },
          dedupeKey: `silence.adopted:${procedure.id}`,
        }).catch((error: Error) => log(`silence ${procedure.id}: notifications failed: ${error.message}`));
      }
      return moved;
    },
  };
}
