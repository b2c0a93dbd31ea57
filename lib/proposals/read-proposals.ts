import type * as Y from 'yjs';
import { diffWords } from '@/lib/compare/diff-words';
import { getParagraphContent, getParagraphMap } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
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
    const ops = record.kind === 'amend' || record.kind === 'alternative' ? diffWords(current ?? record.baseText, record.text).ops : [];
    return {
      ...record,
      label: `${record.delegation} ${number}`,
      ...(alternative ? { alternative } : {}),
      ops,
      paragraphExists: current !== null,
    };
  });
}
