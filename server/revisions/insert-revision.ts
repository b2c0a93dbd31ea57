import { Prisma } from '@/generated/prisma/client';
import type { RevisionSnapshot } from '@/lib/revisions/types';
import type { CurrentUser } from '@/server/users/find-user';
import { AppError } from '@/server/errors/app-error';

/**
 * Writes a revision and its audit row. Takes the caller's transaction: a
 * revision without its audit row would hold the name while the audit says
 * nothing was issued.
 */
export async function insertRevision(
  tx: Prisma.TransactionClient,
  input: { draftId: string; name: string; user: CurrentUser; record: RevisionSnapshot },
): Promise<{ id: string; name: string }> {
  const { draftId, name, user } = input;
  const revision = await tx.revision
    .create({ data: { draftId, name, issuedById: user.id, snapshot: JSON.stringify(input.record) }, select: { id: true, name: true } })
    .catch((error: unknown) => {
      // The unique index, not an earlier lookup, decides: two facilitators may issue "Rev.1" at the same moment.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('conflict', `This draft already has a revision named "${name}".`, 'revision-name-taken', { name });
      }
      throw error;
    });
  await tx.auditEvent.create({
    data: {
      draftId,
      actorId: user.id,
      delegationCode: user.delegation.code,
      action: 'revision.issue',
      target: revision.id,
      detail: JSON.stringify({ name }),
    },
  });
  return revision;
}
