import type * as Y from 'yjs';
import { diffWords } from '@/lib/compare/diff-words';
import { getParagraphContent, getParagraphMap } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import { readProposedOutcome } from './apply-proposal';
import { deriveAlternativeSuffix } from './derive-alternative-suffix';
import { readProposalRecords, type ProposalRecord, type ProposalView } from './proposal-doc-parts';

/**
 * Results of pure text functions by their inputs. The room re-reads every proposal after each transaction
 * (each keystroke of the facilitator), while only the proposals on the paragraph being typed in see new
 * inputs; a bound keeps a long session from holding every text it ever saw.
 */
function memoize<T>(compute: (...texts: string[]) => T, limit = 4_000): (...texts: string[]) => T {
  const cache = new Map<string, T>();
  return (...texts) => {
    const key = JSON.stringify(texts);
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as T;
    if (cache.size >= limit) cache.clear();
    const value = compute(...texts);
    cache.set(key, value);
    return value;
  };
}

const diffOwnChange = memoize((base, text) => diffWords(base!, text!).ops);
const appliesTo = memoize(
  (kind, base, text, current) => readProposedOutcome({ kind, baseText: base, text } as ProposalRecord, current!) !== null,
);

function applyOutcome(record: ProposalRecord, current: string): boolean {
  return appliesTo(record.kind, record.baseText, record.text, current);
}

/**
 * Every proposal as plain data for the UI, in creation order. Labels, the
 * alternative numbering and the word ops are derived on each read, never
 * stored, so they cannot disagree between replicas.
 */
export function readProposals(doc: Y.Doc): ProposalView[] {
  const paragraphs = getParagraphMap(doc);
  const perDelegation = new Map<string, number>();
  const alternativesPerParagraph = new Map<string, number>();
  const currentTexts = new Map<string, string | null>();
  const readCurrentText = (paragraphId: string): string | null => {
    if (!currentTexts.has(paragraphId)) {
      const paragraph = paragraphs.get(paragraphId);
      currentTexts.set(paragraphId, paragraph ? readFragmentText(getParagraphContent(paragraph)) : null);
    }
    return currentTexts.get(paragraphId)!;
  };
  return readProposalRecords(doc).map((record) => {
    const number = (perDelegation.get(record.delegation) ?? 0) + 1;
    perDelegation.set(record.delegation, number);
    let alternative: string | undefined;
    if (record.kind === 'alternative') {
      const index = alternativesPerParagraph.get(record.paragraphId) ?? 0;
      alternativesPerParagraph.set(record.paragraphId, index + 1);
      alternative = deriveAlternativeSuffix(index);
    }
    const current = readCurrentText(record.paragraphId);
    // A proposal always shows its own change against the text it was written against, never a re-diff against
    // whatever the paragraph became (that would credit it with words it never proposed).
    const ops = record.kind === 'amend' || record.kind === 'alternative' ? diffOwnChange(record.baseText, record.text) : [];
    const open = record.status === 'open';
    const anchored = record.kind !== 'add' && record.kind !== 'move';
    const overtaken = open && anchored && current !== null && current !== record.baseText;
    const applies =
      open &&
      (record.kind === 'add' ? current === null : current !== null && (current === record.baseText || applyOutcome(record, current)));
    return {
      ...record,
      label: `${record.delegation} ${number}`,
      ...(alternative ? { alternative } : {}),
      ops,
      paragraphExists: current !== null,
      currentText: current,
      overtaken,
      applies,
    };
  });
}
