import { buildTrackedChangesInput, exportTrackedChangesDocx } from '@/lib/docx';
import type { Db } from '@/server/db/client';
import { compareResolvedTexts } from '@/server/compare/compare-stored-texts';
import { resolveComparableText, type TextReader } from '@/server/compare/resolve-comparable-text';

/**
 * A Word file of `b` with every difference from `a` as a tracked change, each
 * credited to the delegation whose accepted proposal produced it when known.
 */
export async function exportComparisonDocx(
  db: Db,
  aKey: string,
  bKey: string,
  reader: TextReader,
  options: { date?: string } = {},
): Promise<{ buffer: Buffer; title: string }> {
  const [a, b] = await Promise.all([resolveComparableText(db, aKey, reader), resolveComparableText(db, bKey, reader)]);
  const { pairs } = await compareResolvedTexts(db, a, b, { showNoise: true });
  const delegations = await db.delegation.findMany({ select: { code: true, name: true } });
  const nameOf = new Map(delegations.map((delegation) => [delegation.code, delegation.name]));
  const input = buildTrackedChangesInput(pairs, {
    oldParagraphs: a.paragraphs,
    newParagraphs: b.paragraphs,
    authorFor: (pair) =>
      pair.attribution
        ?.split(', ')
        .map((code) => nameOf.get(code) ?? code)
        .join(', '),
  });
  const buffer = await exportTrackedChangesDocx(
    { title: a.title, chapeau: a.chapeau, paragraphs: input.base },
    { title: b.title, chapeau: b.chapeau, paragraphs: input.paragraphs },
    { defaultAuthor: 'Unattributed', ...(options.date ? { defaultDate: options.date } : {}) },
  );
  return { buffer, title: `${b.label} against ${a.label}` };
}
