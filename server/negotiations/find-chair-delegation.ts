import type { Db } from '@/server/db/client';
import type { DelegationSummary } from '@/server/users/find-user';

export const chairDelegation = { code: 'CHAIR', name: 'Chair', colour: '#1f2937', kind: 'chair' } as const;

/** Facilitators act as the Chair in presence, history and exports, whatever their own delegation. */
export async function findChairDelegation(db: Db): Promise<DelegationSummary> {
  const existing = await db.delegation.findFirst({ where: { kind: 'chair' }, orderBy: { createdAt: 'asc' } });
  const chair = existing ?? (await db.delegation.upsert({ where: { code: chairDelegation.code }, update: {}, create: chairDelegation }));
  return { id: chair.id, code: chair.code, name: chair.name, colour: chair.colour };
}
