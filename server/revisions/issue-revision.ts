import type { Db } from '@/server/db/client';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import { readAttributions } from '@/lib/revisions/read-attributions';
import type { RevisionProposal, RevisionSnapshot } from '@/lib/revisions/types';
import type { CurrentUser } from '@/server/users/find-user';

export class RevisionNameTakenError extends Error {}

async function readOpenProposals(db: Db, draftId: string): Promise<RevisionProposal[]> {
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
 * Freezes the draft as it stands in the database (the realtime server saves
 * within a second of every change) under a name such as "Rev.1".
 */
export async function issueRevision(db: Db, draftId: string, name: string, user: CurrentUser): Promise<{ id: string; name: string }> {
  const snapshot = await loadDraftSnapshot(db, draftId);
  const taken = await db.revision.findUnique({ where: { draftId_name: { draftId, name } }, select: { id: true } });
  if (taken) throw new RevisionNameTakenError(`This draft already has a revision named "${name}".`);
  const refs = deriveParagraphRefs(snapshot.paragraphs);
  const record: RevisionSnapshot = {
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
  const revision = await db.revision.create({
    data: { draftId, name, issuedById: user.id, snapshot: JSON.stringify(record) },
    select: { id: true, name: true },
  });
  await db.auditEvent.create({
    data: { draftId, actorId: user.id, delegationCode: user.delegation.code, action: 'revision.issue', target: revision.id, detail: JSON.stringify({ name }) },
  });
  return revision;
}
