import type { Prisma } from '@/generated/prisma/client';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import { readAttributions } from '@/lib/revisions/read-attributions';
import type { RevisionProposal, RevisionSnapshot } from '@/lib/revisions/types';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';

async function readOpenProposals(db: Prisma.TransactionClient, draftId: string): Promise<RevisionProposal[]> {
  const rows = await db.proposal.findMany({ where: { draftId, status: 'open' }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => ({
    id: row.id,
    paragraphId: row.paragraphId,
    kind: row.kind,
    delegation: row.delegation,
    status: row.status,
    text: row.text,
    supporters: JSON.parse(row.supporters) as string[],
    objectors: JSON.parse(row.objectors) as string[],
  }));
}

/**
 * The draft as a revision freezes it, from the rows in the database (the
 * realtime server saves within a second of every change). Takes a transaction
 * too, so a draft written in the same transaction can be frozen before commit.
 */
export async function readRevisionRecord(db: Prisma.TransactionClient, draftId: string): Promise<RevisionSnapshot> {
  const snapshot = await loadDraftSnapshot(db, draftId);
  const refs = deriveParagraphRefs(snapshot.paragraphs);
  return {
    title: snapshot.title,
    body: snapshot.body,
    chapeau: snapshot.chapeau,
    ...(snapshot.baseDocumentId ? { baseDocumentId: snapshot.baseDocumentId } : {}),
    paragraphs: snapshot.paragraphs.map((paragraph, index) => ({
      id: paragraph.id,
      number: paragraph.number,
      ref: refs[index]!,
      kind: paragraph.kind,
      status: paragraph.status,
      depth: paragraph.depth,
      text: paragraph.text,
      ...(paragraph.lead ? { lead: paragraph.lead } : {}),
      attributions: readAttributions(paragraph.content),
    })),
    openProposals: await readOpenProposals(db, draftId),
  };
}
