import { readChairEditDetail, chairCode } from '@/lib/attribution/chair-edit';
import type { ChangeRecord } from '@/lib/attribution/credit-changes';
import type { Db } from '@/server/db/client';
import type { ComparableText } from './resolve-comparable-text';

function parseJson(detail: string | null): unknown {
  try {
    return detail ? JSON.parse(detail) : null;
  } catch {
    return null;
  }
}

/**
 * The recorded changes between two states of one draft (accepted proposals and
 * chair edits, oldest first), or null when the texts are not two states of one
 * draft. The corpus text a draft started from counts as its first state.
 */
export async function readChangeRecords(db: Db, left: ComparableText, right: ComparableText): Promise<ChangeRecord[] | null> {
  if (!right.draft) return null;
  const draftId = right.draft.id;
  let since: Date | null = null;
  if (left.draft) {
    if (left.draft.id !== draftId) return null;
    since = new Date(left.draft.asOf);
  } else {
    const draft = await db.draft.findUnique({ where: { id: draftId }, select: { baseDocumentId: true } });
    if (!draft?.baseDocumentId || draft.baseDocumentId !== left.key) return null;
  }
  const until = new Date(right.draft.asOf);
  const [accepted, edits] = await Promise.all([
    db.proposal.findMany({
      where: { draftId, status: 'accepted', decidedAt: { ...(since ? { gt: since } : {}), lte: until } },
      orderBy: { decidedAt: 'asc' },
      select: { paragraphId: true, delegation: true, kind: true, text: true, baseText: true, decidedAt: true },
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
    records.push({
      author: proposal.delegation,
      paragraphId: proposal.paragraphId,
      before: proposal.kind === 'add' ? '' : proposal.baseText,
      after: proposal.kind === 'delete' ? '' : proposal.text,
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
