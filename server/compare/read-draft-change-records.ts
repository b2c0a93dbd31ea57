import { mergeProposalText } from '@/lib/proposals/merge-proposal-text';
import { chairCode, readChairEditDetail } from '@/lib/attribution/chair-edit';
import type { ChangeRecord } from '@/lib/attribution/credit-changes';
import type { Prisma } from '@/generated/prisma/client';

function parseJson(detail: string | null): unknown {
  try {
    return detail ? JSON.parse(detail) : null;
  } catch {
    return null;
  }
}

/** A draft's recorded changes in (since, until], oldest first: accepted proposals (not moves) and chair edits. */
export async function readDraftChangeRecords(
  db: Prisma.TransactionClient,
  draftId: string,
  since: Date | null,
  until: Date,
): Promise<ChangeRecord[]> {
  const [accepted, edits] = await Promise.all([
    db.proposal.findMany({
      where: { draftId, status: 'accepted', decidedAt: { ...(since ? { gt: since } : {}), lte: until } },
      orderBy: { decidedAt: 'asc' },
      select: { paragraphId: true, delegation: true, kind: true, text: true, baseText: true, acceptedOnto: true, decidedAt: true },
    }),
    db.auditEvent.findMany({
      where: { draftId, action: 'paragraph.chair-edit', createdAt: { ...(since ? { gt: since } : {}), lte: until } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { detail: true, createdAt: true },
    }),
  ]);
  const records: ChangeRecord[] = [];
  for (const proposal of accepted) {
    if (proposal.kind === 'move') continue;
    // What the acceptance actually did: the proposal's own change carried onto the text it was applied to.
    const before = proposal.kind === 'add' ? '' : (proposal.acceptedOnto ?? proposal.baseText);
    const after =
      proposal.kind === 'delete'
        ? ''
        : proposal.kind === 'add'
          ? proposal.text
          : (mergeProposalText(proposal.baseText, proposal.text.replace(/\n/g, ' '), before) ?? proposal.text);
    records.push({
      author: proposal.delegation,
      paragraphId: proposal.paragraphId,
      before,
      after,
      at: (proposal.decidedAt ?? until).toISOString(),
    });
  }
  for (const event of edits) {
    const edit = readChairEditDetail(parseJson(event.detail));
    if (edit)
      records.push({
        author: chairCode,
        paragraphId: edit.paragraphId,
        before: edit.before,
        after: edit.after,
        at: event.createdAt.toISOString(),
      });
  }
  return records.sort((a, b) => a.at.localeCompare(b.at));
}
