import type { Db } from '@/server/db/client';

export interface ParagraphHistoryEntry {
  id: string;
  /** An audit action: 'proposal.create', 'proposal.support', 'proposal.accept', 'paragraph.bracket', … */
  action: string;
  /** Proposal id, or the paragraph id for paragraph actions. */
  target: string;
  delegation: string;
  delegationName: string;
  actorId: string;
  /** The account's name, or its id if the account is gone. */
  actorName: string;
  createdAt: string;
  detail: Record<string, unknown>;
}

function parseDetail(detail: string | null): Record<string, unknown> {
  if (!detail) return {};
  try {
    const value: unknown = JSON.parse(detail);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Who did what to a paragraph, oldest first, from the audit log the realtime
 * server writes: events that target the paragraph and events on proposals
 * about it (their detail names the paragraph).
 */
export async function listParagraphHistory(db: Db, draftId: string, paragraphId: string): Promise<ParagraphHistoryEntry[]> {
  const events = await db.auditEvent.findMany({
    where: {
      draftId,
      OR: [{ target: paragraphId }, { detail: { contains: `"paragraphId":${JSON.stringify(paragraphId)}` } }],
      // Everyone reads a paragraph's history: a delegation's internal comments are its own unpublished work.
      NOT: { action: { startsWith: 'comment.' }, detail: { contains: '"internal":true' } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const actorIds = [...new Set(events.map((event) => event.actorId))];
  const codes = [...new Set(events.map((event) => event.delegationCode))];
  const [users, delegations] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.delegation.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }),
  ]);
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const delegationNames = new Map(delegations.map((delegation) => [delegation.code, delegation.name]));
  return events.map((event) => ({
    id: event.id,
    action: event.action,
    target: event.target,
    delegation: event.delegationCode,
    delegationName: delegationNames.get(event.delegationCode) ?? event.delegationCode,
    actorId: event.actorId,
    actorName: userNames.get(event.actorId) ?? event.actorId,
    createdAt: event.createdAt.toISOString(),
    detail: parseDetail(event.detail),
  }));
}
