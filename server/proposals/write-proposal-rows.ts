import type { Prisma } from '@/generated/prisma/client';
import type { ProposalRecord } from '@/lib/proposals';
import { removeNulCharacters } from '@/lib/text/remove-nul-characters';

function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Free text from the shared document, fit for PostgreSQL's text columns. */
function clean<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? removeNulCharacters(value) : value) as T;
}

/** Replaces a draft's proposal rows; runs in the caller's transaction beside the paragraph rows. */
export async function writeProposalRows(tx: Prisma.TransactionClient, draftId: string, records: ProposalRecord[]): Promise<void> {
  await tx.proposal.deleteMany({ where: { draftId } });
  if (records.length === 0) return;
  await tx.proposal.createMany({
    data: records.map((record) => ({
      id: record.id,
      draftId,
      paragraphId: clean(record.paragraphId),
      kind: clean(record.kind),
      delegation: clean(record.delegation),
      authorId: clean(record.authorId),
      authorName: clean(record.authorName),
      status: clean(record.status),
      text: clean(record.text),
      baseText: clean(record.baseText),
      versions: clean(JSON.stringify(record.versions)),
      supporters: JSON.stringify(record.supporters),
      objectors: JSON.stringify(record.objectors),
      createdAt: parseDate(record.createdAt) ?? new Date(0),
      decidedBy: record.decidedBy ?? null,
      decidedAt: parseDate(record.decidedAt),
      acceptedOnto: clean(record.acceptedOnto) ?? null,
      bracketNote: clean(record.bracketNote) ?? null,
      explanation: clean(record.explanation),
    })),
  });
}
