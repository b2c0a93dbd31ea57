import type { Db } from '@/server/db/client';

export interface NegotiationDetails {
  id: string;
  title: string;
  body: string;
  session: string;
  startsOn: string | null;
  endsOn: string | null;
  status: string;
  openToAll: boolean;
  timeZone: string;
}

/** What a negotiation's page shows about it; the caller has already checked that the person may see it. */
export async function findNegotiationDetails(db: Db, negotiationId: string): Promise<NegotiationDetails | null> {
  return db.negotiation.findUnique({
    where: { id: negotiationId },
    select: {
      id: true,
      title: true,
      body: true,
      session: true,
      startsOn: true,
      endsOn: true,
      status: true,
      openToAll: true,
      timeZone: true,
    },
  });
}
