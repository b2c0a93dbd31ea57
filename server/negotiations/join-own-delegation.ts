import type { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/lib/auth/permissions';
import { joinsWithOwnDelegation } from './roster-rules';

/**
 * Whoever joins a roster in a role that takes part for their own delegation brings that delegation onto the
 * negotiation too (a facilitator acts as the Chair and brings none). One rule for every way onto a roster.
 */
export async function joinOwnDelegation(
  tx: Prisma.TransactionClient,
  entry: { negotiationId: string; delegationId: string; role: Role },
): Promise<void> {
  if (!joinsWithOwnDelegation(entry.role)) return;
  const { negotiationId, delegationId } = entry;
  await tx.negotiationDelegation.upsert({
    where: { negotiationId_delegationId: { negotiationId, delegationId } },
    update: {},
    create: { negotiationId, delegationId },
  });
}
