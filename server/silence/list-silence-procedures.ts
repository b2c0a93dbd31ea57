import {
  isSilenceOutcome,
  isSilenceState,
  readParagraphIds,
  type SilenceOutcome,
  type SilenceState,
} from '@/lib/silence/silence-procedure';
import type { Db } from '@/server/db/client';

export interface SilenceBreakView {
  delegationCode: string;
  delegationName: string;
  authorName: string;
  statement: string;
  at: string;
}

export interface SilenceProcedureView {
  id: string;
  revisionId: string | null;
  paragraphIds: string[];
  outcome: SilenceOutcome;
  deadline: string;
  state: SilenceState;
  startedByDelegation: string;
  startedAt: string;
  closedAt: string | null;
  breaks: SilenceBreakView[];
}

export interface SilenceProcedureList {
  /** The server's clock, so a countdown never trusts the browser's. */
  now: string;
  timeZone: string;
  procedures: SilenceProcedureView[];
}

/** A draft's silence procedures, newest first, with their breaks (access is the caller's check). */
export async function listSilenceProcedures(db: Db, draftId: string): Promise<SilenceProcedureList> {
  const [draft, rows] = await Promise.all([
    db.draft.findUnique({ where: { id: draftId }, select: { negotiation: { select: { timeZone: true } } } }),
    db.silenceProcedure.findMany({
      where: { draftId },
      orderBy: { createdAt: 'desc' },
      take: 50,
      include: { breaks: { orderBy: { createdAt: 'asc' } } },
    }),
  ]);
  const codes = [...new Set(rows.flatMap((row) => row.breaks.map((entry) => entry.delegationCode)))];
  const delegations =
    codes.length > 0 ? await db.delegation.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }) : [];
  const names = new Map(delegations.map((delegation) => [delegation.code, delegation.name]));
  return {
    now: new Date().toISOString(),
    timeZone: draft?.negotiation.timeZone ?? 'UTC',
    procedures: rows.map((row) => ({
      id: row.id,
      revisionId: row.revisionId,
      paragraphIds: readParagraphIds(row.paragraphIds),
      outcome: isSilenceOutcome(row.outcome) ? row.outcome : 'agreed-ad-ref',
      deadline: row.deadline.toISOString(),
      state: isSilenceState(row.state) ? row.state : 'cancelled',
      startedByDelegation: row.startedByDelegation,
      startedAt: row.createdAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      breaks: row.breaks.map((entry) => ({
        delegationCode: entry.delegationCode,
        delegationName: names.get(entry.delegationCode) ?? entry.delegationCode,
        authorName: entry.authorName,
        statement: entry.statement,
        at: entry.createdAt.toISOString(),
      })),
    })),
  };
}
