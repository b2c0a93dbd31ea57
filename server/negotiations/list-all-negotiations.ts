import type { Db } from '@/server/db/client';

export interface NegotiationListing {
  id: string;
  title: string;
  body: string;
  session: string;
  startsOn: string | null;
  endsOn: string | null;
  status: string;
  openToAll: boolean;
  isDefault: boolean;
  members: number;
  delegations: number;
  drafts: number;
}

/** Every negotiation on the site, for administrators and the operator; people see only theirs (listVisibleNegotiations). */
export async function listAllNegotiations(db: Db): Promise<NegotiationListing[]> {
  const rows = await db.negotiation.findMany({
    orderBy: [{ createdAt: 'desc' }],
    select: {
      id: true,
      title: true,
      body: true,
      session: true,
      startsOn: true,
      endsOn: true,
      status: true,
      openToAll: true,
      isDefault: true,
      _count: { select: { members: true, delegations: true, drafts: { where: { archivedAt: null } } } },
    },
  });
  return rows.map(({ _count, ...negotiation }) => ({ ...negotiation, ..._count }));
}
