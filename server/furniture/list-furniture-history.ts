import type { Db } from '@/server/db/client';

export const furnitureActions = ['draft.furniture', 'draft.sponsor.set', 'draft.cosponsor.join', 'draft.cosponsor.withdraw'] as const;

export interface FurnitureHistoryEntry {
  id: string;
  action: (typeof furnitureActions)[number];
  actorName: string;
  delegationName: string;
  createdAt: string;
  detail: Record<string, unknown>;
}

function parseDetail(detail: string | null): Record<string, unknown> {
  try {
    const value: unknown = detail ? JSON.parse(detail) : {};
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Who changed the draft's document details and sponsors, and how, oldest first, from the audit. */
export async function listFurnitureHistory(db: Db, draftId: string): Promise<FurnitureHistoryEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { draftId, action: { in: [...furnitureActions] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const [users, delegations] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(events.map((event) => event.actorId))] } }, select: { id: true, name: true } }),
    db.delegation.findMany({
      where: { code: { in: [...new Set(events.map((event) => event.delegationCode))] } },
      select: { code: true, name: true },
    }),
  ]);
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const delegationNames = new Map(delegations.map((delegation) => [delegation.code, delegation.name]));
  return events.map((event) => ({
    id: event.id,
    action: event.action as FurnitureHistoryEntry['action'],
    actorName: userNames.get(event.actorId) ?? event.actorId,
    delegationName: delegationNames.get(event.delegationCode) ?? event.delegationCode,
    createdAt: event.createdAt.toISOString(),
    detail: parseDetail(event.detail),
  }));
}
