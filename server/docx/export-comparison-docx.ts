import { chairCode, chairName } from '@/lib/attribution/chair-edit';
import { creditRun, creditWhole, type ChangeRecord } from '@/lib/attribution/credit-changes';
import {
  buildTrackedChangesInput,
  type DocumentFurniture,
  exportTrackedChangesDocx,
  type TrackedOp,
  type TrackedParagraph,
  type WordCommentThread,
} from '@/lib/docx';
import type { Db } from '@/server/db/client';
import { compareResolvedTexts } from '@/server/compare/compare-stored-texts';
import { findPairRecords } from '@/server/compare/find-pair-records';
import { readChangeRecords } from '@/server/compare/read-change-records';
import type { ComparableText } from '@/server/compare/resolve-comparable-text';
import { resolveComparableText, type TextReader } from '@/server/compare/resolve-comparable-text';
import { listExportComments } from './list-export-comments';

/**
 * Each change credited to the one who made it, word run by word run: the record (accepted proposal or chair
 * edit) whose own inserted or deleted words they are; runs no record explains keep the paragraph's author.
 */
function creditEachChange(
  paragraph: TrackedParagraph,
  records: readonly ChangeRecord[],
  a: ComparableText,
  b: ComparableText,
  nameOf: (code: string) => string,
): TrackedParagraph {
  const found = findPairRecords(records, a, b, {
    from: paragraph.change === 'new' ? null : (paragraph.baseRef ?? paragraph.ref ?? null),
    to: paragraph.change === 'deleted' ? null : (paragraph.ref ?? null),
  });
  if (found.length === 0) return paragraph;
  if (paragraph.change !== 'revised') {
    const author = creditWhole(paragraph.change, paragraph.text, found);
    return author ? { ...paragraph, author: nameOf(author) } : paragraph;
  }
  if (!paragraph.ops) return paragraph;
  const ops = paragraph.ops.map((op): TrackedOp => {
    if (op[0] === 0 || op[2]) return op;
    const author = creditRun(op[0], op[1], found);
    return author ? [op[0], op[1], { author: nameOf(author), ...(paragraph.date ? { date: paragraph.date } : {}) }] : op;
  });
  return { ...paragraph, ops };
}

/** The tracked export names paragraphs by reference: each thread moves from its paragraph's id to that ref. */
async function listCommentsByRef(db: Db, text: ComparableText): Promise<WordCommentThread[]> {
  const refs = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const paragraph of text.paragraphs) {
    if (!paragraph.id) continue;
    refs.set(paragraph.id, paragraph.ref);
    texts.set(paragraph.id, paragraph.text);
  }
  const threads = await listExportComments(db, text.draft!.id, texts);
  return threads.map((thread) => ({ ...thread, anchor: refs.get(thread.anchor)! }));
}

/**
 * A Word file of `b` with every difference from `a` as a tracked change, each
 * credited to the delegation whose accepted proposal produced it when known. `furniture` (with the symbol and date
 * it prints in the header) is the document's whose text `b` is, such as a revision's.
 */
export async function exportComparisonDocx(
  db: Db,
  aKey: string,
  bKey: string,
  reader: TextReader,
  options: {
    date?: string;
    furniture?: { furniture: DocumentFurniture; symbol?: string; date?: string };
    /** Print the shared comments and silence outcomes of `b`'s draft on its paragraphs (a revision's export). */
    comments?: boolean;
  } = {},
): Promise<{ buffer: Buffer; title: string }> {
  const [a, b] = await Promise.all([resolveComparableText(db, aKey, reader), resolveComparableText(db, bKey, reader)]);
  const { pairs } = await compareResolvedTexts(db, a, b, { showNoise: true });
  const delegations = await db.delegation.findMany({ select: { code: true, name: true } });
  // The facilitator's hand is the Chair's in Word, whatever the site named its chair delegation.
  const nameOf = new Map<string, string>([...delegations.map((d) => [d.code, d.name] as [string, string]), [chairCode, chairName]]);
  const records = (await readChangeRecords(db, a, b)) ?? [];
  const input = buildTrackedChangesInput(pairs, {
    oldParagraphs: a.paragraphs,
    newParagraphs: b.paragraphs,
    authorFor: (pair) =>
      pair.attribution
        ?.split(', ')
        .map((code) => nameOf.get(code) ?? code)
        .join(', '),
  });
  const comments = options.comments && b.draft ? await listCommentsByRef(db, b) : [];
  const buffer = await exportTrackedChangesDocx(
    { title: a.title, chapeau: a.chapeau, paragraphs: input.base },
    {
      title: b.title,
      chapeau: b.chapeau,
      paragraphs: input.paragraphs.map((paragraph) => creditEachChange(paragraph, records, a, b, (code) => nameOf.get(code) ?? code)),
    },
    {
      defaultAuthor: 'Unattributed',
      ...(options.date ? { defaultDate: options.date } : {}),
      ...options.furniture,
      ...(comments.length > 0 ? { comments } : {}),
    },
  );
  return { buffer, title: `${b.label} against ${a.label}` };
}
