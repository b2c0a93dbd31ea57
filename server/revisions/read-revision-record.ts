import type { Prisma } from '@/generated/prisma/client';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import { readAttributions } from '@/lib/revisions/read-attributions';
import type { RevisionFurniture, RevisionProposal, RevisionSnapshot } from '@/lib/revisions/types';
import { chairCode } from '@/lib/attribution/chair-edit';
import { traceWords } from '@/lib/attribution/trace-words';
import { readDraftChangeRecords } from '@/server/compare/read-draft-change-records';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { type DraftFurnitureView, readDraftFurniture } from '@/server/furniture/read-draft-furniture';

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

/** Names as printed on the day of issue: a delegation renamed later does not rename an issued revision. */
function readRevisionFurniture(view: DraftFurnitureView): RevisionFurniture {
  const printed = (delegation: { code: string; name: string }) => ({ code: delegation.code, name: delegation.name });
  return {
    details: view.effective,
    ...(view.mainSponsor ? { mainSponsor: printed(view.mainSponsor) } : {}),
    coSponsors: view.coSponsors.map(printed),
  };
}

/**
 * The draft as a revision freezes it, from the rows in the database (the
 * realtime server saves within a second of every change). Takes a transaction
 * too, so a draft written in the same transaction can be frozen before commit.
 */
export async function readRevisionRecord(db: Prisma.TransactionClient, draftId: string): Promise<RevisionSnapshot> {
  const snapshot = await loadDraftSnapshot(db, draftId);
  const refs = deriveParagraphRefs(snapshot.paragraphs);
  const records = await readDraftChangeRecords(db, draftId, null, new Date());
  // Marks credit the words of accepted proposals; the chair's words are known from its edit records only.
  const chairWrote = (paragraphId: string, text: string) => {
    const own = records.filter((record) => record.paragraphId === paragraphId);
    return own.some((record) => record.author === chairCode) && traceWords(text, own).some((run) => run.source.kind === 'chair');
  };
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
      content: paragraph.content,
      attributions: [...readAttributions(paragraph.content), ...(chairWrote(paragraph.id, paragraph.text) ? [chairCode] : [])],
    })),
    openProposals: await readOpenProposals(db, draftId),
    furniture: readRevisionFurniture(await readDraftFurniture(db, draftId)),
  };
}
