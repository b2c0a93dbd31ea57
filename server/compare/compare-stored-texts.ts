import { compareTexts, type ComparisonPair, type ComparisonResult } from '@/lib/compare';
import type { Db } from '@/server/db/client';
import { resolveComparableText, type ComparableText, type TextReader } from './resolve-comparable-text';

export interface StoredComparison extends ComparisonResult {
  a: Pick<ComparableText, 'key' | 'label'>;
  b: Pick<ComparableText, 'key' | 'label'>;
}

/**
 * Between two states of one draft, each paragraph's changes are credited to the
 * delegations whose proposals on it were accepted in that interval.
 */
async function attributeByAcceptedProposals(db: Db, left: ComparableText, right: ComparableText, pairs: ComparisonPair[]): Promise<void> {
  if (!left.draft || !right.draft || left.draft.id !== right.draft.id) return;
  const accepted = await db.proposal.findMany({
    where: { draftId: left.draft.id, status: 'accepted', decidedAt: { gt: new Date(left.draft.asOf), lte: new Date(right.draft.asOf) } },
    orderBy: { decidedAt: 'asc' },
    select: { paragraphId: true, delegation: true },
  });
  const byParagraph = new Map<string, string[]>();
  for (const proposal of accepted) {
    const list = byParagraph.get(proposal.paragraphId) ?? [];
    if (!list.includes(proposal.delegation)) list.push(proposal.delegation);
    byParagraph.set(proposal.paragraphId, list);
  }
  const idOf = (paragraphs: ComparableText['paragraphs'], ref: string | null) =>
    ref === null ? undefined : paragraphs.find((p) => p.ref === ref)?.id;
  for (const pair of pairs) {
    const ids = [idOf(right.paragraphs, pair.to), idOf(left.paragraphs, pair.from)].filter((id): id is string => Boolean(id));
    const delegations = [...new Set(ids.flatMap((id) => byParagraph.get(id) ?? []))];
    if (delegations.length && pair.status !== 'unchanged') pair.attribution = delegations.join(', ');
    else delete pair.attribution;
  }
}

/** Compares two texts already resolved, crediting changes where the texts are states of one draft. */
export async function compareResolvedTexts(
  db: Db,
  left: ComparableText,
  right: ComparableText,
  options: { showNoise?: boolean } = {},
): Promise<ComparisonResult> {
  const result = compareTexts(left.paragraphs, right.paragraphs, options);
  await attributeByAcceptedProposals(db, left, right, result.pairs);
  return result;
}

export async function compareStoredTexts(
  db: Db,
  a: string,
  b: string,
  reader: TextReader,
  options: { showNoise?: boolean } = {},
): Promise<StoredComparison> {
  const [left, right] = await Promise.all([resolveComparableText(db, a, reader), resolveComparableText(db, b, reader)]);
  const result = await compareResolvedTexts(db, left, right, options);
  return { ...result, a: { key: left.key, label: left.label }, b: { key: right.key, label: right.label } };
}
