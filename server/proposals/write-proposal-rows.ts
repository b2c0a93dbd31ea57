import type { Prisma } from '@/generated/prisma/client';
import type { ProposalRecord } from '@/lib/proposals';

function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Replaces a draft's proposal rows; runs in the caller's transaction beside the paragraph rows. */
export async function writeProposalRows(tx: Prisma.TransactionClient, draftId: string, records: ProposalRecord[]): Promise<void> {
  await tx.proposal.deleteMany({ where: { draftId } });
  if (records.length === 0) return;
  await tx.proposal.createMany({
    data: records.map((record) => ({
      id: record.id,
      draftId,
      paragraphId: record.paragraphId,
      kind: record.kind,
      delegation: record.delegation,
      authorId: record.authorId,
      authorName: record.authorName,
      status: record.status,
      text: record.text,
      baseText: record.baseText,
      supporters: JSON.stringify(record.supporters),
      objectors: JSON.stringify(record.objectors),
      createdAt: parseDate(record.createdAt) ?? new Date(0),
      decidedBy: record.decidedBy ?? null,
      decidedAt: parseDate(record.decidedAt),
    })),
  });
}
