import { paragraphKinds, paragraphStatuses, type ParagraphKind, type ParagraphStatus } from '@/lib/draft';
import { buildDraftProgress, type DraftProgress, type ProgressProposal, type ProgressRevisionInput } from '@/lib/progress';
import type { RevisionSnapshot } from '@/lib/revisions/types';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';

function readCodes(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];
  } catch {
    return [];
  }
}

function readSnapshot(json: string): Pick<RevisionSnapshot, 'paragraphs' | 'openProposals'> {
  try {
    const snapshot = JSON.parse(json) as Partial<RevisionSnapshot>;
    return { paragraphs: snapshot.paragraphs ?? [], openProposals: snapshot.openProposals ?? [] };
  } catch {
    // A snapshot that cannot be read still marks the revision on the chart, as empty rather than missing.
    return { paragraphs: [], openProposals: [] };
  }
}

/**
 * A draft's progress from plain rows only (paragraph rows as the realtime server last saved them, revision snapshots
 * in issue order, proposal rows), never the Yjs document. The caller has checked that the person may read the draft.
 */
export async function readDraftProgress(db: Db, draftId: string, now: Date = new Date()): Promise<DraftProgress> {
  const draft = await db.draft.findUnique({
    where: { id: draftId },
    select: {
      paragraphs: { orderBy: { position: 'asc' }, select: { id: true, kind: true, status: true, text: true } },
      revisions: { orderBy: { createdAt: 'asc' }, select: { name: true, createdAt: true, snapshot: true } },
      proposals: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, paragraphId: true, kind: true, delegation: true, status: true, supporters: true, objectors: true },
      },
    },
  });
  if (!draft) throw new AppError('not-found', `There is no draft "${draftId}".`, 'no-draft', { id: draftId });
  const rows = draft.paragraphs.map((row) => ({
    id: row.id,
    kind: ((paragraphKinds as readonly string[]).includes(row.kind) ? row.kind : 'operative') as ParagraphKind,
    // Subparagraph depth is not in the rows; one level deep is what every row-based reading assumes.
    depth: 1,
    status: ((paragraphStatuses as readonly string[]).includes(row.status) ? row.status : 'open') as ParagraphStatus,
    text: row.text,
  }));
  const refs = deriveParagraphRefs(rows);
  const proposals: ProgressProposal[] = draft.proposals.map((row) => ({
    ...row,
    supporters: readCodes(row.supporters),
    objectors: readCodes(row.objectors),
  }));
  const revisions: ProgressRevisionInput[] = draft.revisions.map((revision) => {
    const snapshot = readSnapshot(revision.snapshot);
    return {
      name: revision.name,
      issuedAt: revision.createdAt.toISOString(),
      paragraphs: snapshot.paragraphs,
      openProposals: snapshot.openProposals,
    };
  });
  const codes = new Set(proposals.flatMap((proposal) => [proposal.delegation, ...proposal.supporters, ...proposal.objectors]));
  const delegations = codes.size
    ? await db.delegation.findMany({ where: { code: { in: [...codes] } }, select: { code: true, name: true } })
    : [];
  return buildDraftProgress({
    paragraphs: rows.map((row, index) => ({ id: row.id, ref: refs[index]!, status: row.status, text: row.text })),
    proposals,
    revisions,
    readAt: now.toISOString(),
    delegationNames: new Map(delegations.map((delegation) => [delegation.code, delegation.name])),
  });
}
