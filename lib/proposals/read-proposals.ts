import type * as Y from 'yjs';
import { diffWords } from '@/lib/compare/diff-words';
import { getParagraphContent, getParagraphMap } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import { readProposedOutcome } from './apply-proposal';
import { deriveAlternativeSuffix } from './derive-alternative-suffix';
import { readProposalRecords, type ProposalView } from './proposal-doc-parts';

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
    const ops = record.kind === 'amend' || record.kind === 'alternative' ? diffWords(record.baseText, record.text).ops : [];
    const open = record.status === 'open';
    const anchored = record.kind !== 'add' && record.kind !== 'move';
    const overtaken = open && anchored && current !== null && current !== record.baseText;
    const applies = open && (record.kind === 'add' ? current === null : current !== null && readProposedOutcome(record, current) !== null);
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
