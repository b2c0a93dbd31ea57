import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { isTimeZone } from '@/lib/deadlines/zoned-time';
import type { Actor } from './actor';
import { checkSiteAdministration } from './check-site-administration';
import { recordAuditEvent } from './record-audit-event';

export const negotiationStatuses = ['preparing', 'open', 'closed', 'archived'] as const;
export type NegotiationStatus = (typeof negotiationStatuses)[number];

export interface NewNegotiation {
  title: string;
  body?: string;
  session?: string;
  startsOn?: string;
  endsOn?: string;
  status?: NegotiationStatus;
  openToAll?: boolean;
  /** IANA zone the negotiation meets in (deadlines are given in it); UTC when not said. */
  timeZone?: string;
}

/** Administrators set negotiations up; the roster starts empty (they add facilitators and delegations next). */
export async function createNegotiation(db: Db, actor: Actor, input: NewNegotiation): Promise<{ id: string }> {
  await checkSiteAdministration(db, actor);
  const title = input.title.trim();
  if (!title) throw new AppError('invalid-input', 'Give the negotiation a title.', 'negotiation-title-missing');
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
    throw new AppError('invalid-input', 'The negotiation cannot end before it starts.', 'negotiation-ends-before-start');
  }
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
    throw new AppError(
      'invalid-input',
      `"${input.timeZone}" is not a time zone: give an IANA name such as Europe/Vienna or America/New_York.`,
      'unknown-time-zone',
      { zone: input.timeZone },
    );
  }
  return db.$transaction(async (tx) => {
    const negotiation = await tx.negotiation.create({
      data: {
        title,
        body: input.body?.trim() ?? '',
        session: input.session?.trim() ?? '',
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        status: input.status ?? 'preparing',
        openToAll: input.openToAll ?? false,
        ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'negotiation.create',
      target: negotiation.id,
      negotiationId: negotiation.id,
      detail: { title },
    });
    return negotiation;
  });
}
