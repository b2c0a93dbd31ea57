import { chairCode, chairName } from '@/lib/attribution/chair-edit';
import { describeSilenceOutcome, type WordCommentThread } from '@/lib/docx';
import type { Db } from '@/server/db/client';

function parseParagraphIds(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * What a Word export of a draft prints as comments, anchored by paragraph id and limited to the paragraphs
 * in the file (`paragraphTexts`, id → text): every SHARED comment thread (a delegation's internal threads never
 * leave it), its replies after it, and the outcome of each silence procedure that ended (adopted or broken) as a
 * comment of the Chair's on each of its paragraphs. Read straight from the rows, so any export can call it.
 */
export async function listExportComments(
  db: Db,
  draftId: string,
  paragraphTexts: ReadonlyMap<string, string>,
): Promise<WordCommentThread[]> {
  const [threads, procedures, draft, delegations] = await Promise.all([
    db.commentThread.findMany({
      where: { draftId, internal: false },
      include: { comments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    db.silenceProcedure.findMany({
      where: { draftId, state: { in: ['adopted', 'broken'] } },
      include: { breaks: { orderBy: { createdAt: 'asc' } } },
      orderBy: { deadline: 'asc' },
    }),
    db.draft.findUnique({ where: { id: draftId }, select: { negotiation: { select: { timeZone: true } } } }),
    db.delegation.findMany({ select: { code: true, name: true } }),
  ]);
  const names = new Map<string, string>([...delegations.map((d) => [d.code, d.name] as [string, string]), [chairCode, chairName]]);
  const nameOf = (code: string) => names.get(code) ?? code;
  const timeZone = draft?.negotiation?.timeZone ?? 'UTC';
  const result: WordCommentThread[] = [];
  for (const thread of threads) {
    const text = paragraphTexts.get(thread.paragraphId);
    if (text === undefined || thread.comments.length === 0) continue;
    const quote = thread.quote?.trim();
    result.push({
      anchor: thread.paragraphId,
      // A span whose words were since rewritten is a comment on the paragraph.
      ...(quote && text.includes(quote) ? { quote } : {}),
      ...(thread.resolvedAt ? { resolved: true } : {}),
      entries: thread.comments.map((comment) => ({
        author: nameOf(comment.delegationCode),
        initials: comment.delegationCode,
        date: comment.createdAt.toISOString(),
        text: comment.body,
      })),
    });
  }
  for (const procedure of procedures) {
    const body = describeSilenceOutcome({
      state: procedure.state as 'adopted' | 'broken',
      outcome: procedure.outcome,
      deadline: procedure.deadline,
      timeZone,
      breaks: procedure.breaks.map((entry) => ({
        delegationName: nameOf(entry.delegationCode),
        statement: entry.statement,
        at: entry.createdAt,
      })),
    });
    const date = (procedure.closedAt ?? procedure.deadline).toISOString();
    for (const paragraphId of parseParagraphIds(procedure.paragraphIds)) {
      if (!paragraphTexts.has(paragraphId)) continue;
      result.push({ anchor: paragraphId, entries: [{ author: chairName, initials: chairCode, date, text: body }] });
    }
  }
  return result;
}
