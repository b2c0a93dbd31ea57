import type { Db } from '@/server/db/client';

export interface DelegationListing {
  id: string;
  code: string;
  name: string;
  colour: string;
  kind: string;
  people: number;
  negotiations: number;
}

export async function listDelegations(db: Db): Promise<DelegationListing[]> {
  const rows = await db.delegation.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, code: true, name: true, colour: true, kind: true, _count: { select: { users: true, rosters: true } } },
  });
  return rows.map(({ _count, ...delegation }) => ({ ...delegation, people: _count.users, negotiations: _count.rosters }));
}
