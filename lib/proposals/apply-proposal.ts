import * as Y from 'yjs';
import type { DiffOp } from '@/lib/compare/types';
import {
  cleanParagraphOrder,
  deleteParagraph,
  getOrderArray,
  getParagraph,
  getParagraphContent,
  getParagraphMap,
  moveParagraph,
  paragraphKeys,
  readParagraphDepth,
  readParagraphKind,
  readParagraphOrder,
  type ParagraphKind,
} from '@/lib/draft';
import { detectParagraphLead } from '@/lib/corpus/detect-lead';
import { findRawInsertIndex } from '@/lib/draft/read-paragraph-order';
import { markNames, readFragmentText, writeFragmentRuns } from '@/lib/editor';
import { diffReplacement } from './diff-replacement';
import { applyTextOps } from './edit-fragment-text';
import { mergeProposalText } from './merge-proposal-text';
import { ProposalNotOpenError, ProposalOvertakenError, type ProposalRecord } from './proposal-doc-parts';

/**
 * The paragraph text a proposal would leave, applied to the text as it now
 * stands: its own change against its own base, carried over edits elsewhere in
 * the paragraph. Null when it no longer applies (its passages changed). A
 * deletion applies only to the text it was made against.
 */
export function readProposedOutcome(record: ProposalRecord, currentText: string): string | null {
  switch (record.kind) {
    case 'amend':
    case 'alternative':
      return mergeProposalText(record.baseText, record.text.replace(/\n/g, ' '), currentText);
    case 'delete':
      return currentText === record.baseText ? '' : null;
    default:
      return currentText;
  }
}

/**
 * Says why the proposal cannot be applied to the draft as it now stands (decided, paragraph gone), or null;
 * whether its words still fit the paragraph's text is readProposedOutcome's question.
 */
export function findApplyProblem(doc: Y.Doc, record: ProposalRecord): string | null {
  if (record.status !== 'open') return new ProposalNotOpenError(record.id, record.status).message;
  const paragraphs = getParagraphMap(doc);
  if (record.kind === 'add') {
    return paragraphs.has(record.paragraphId) ? `Paragraph "${record.paragraphId}" already exists.` : null;
  }
  if (!paragraphs.has(record.paragraphId)) return `Paragraph "${record.paragraphId}" no longer exists.`;
  if (record.kind === 'move' && record.afterParagraphId !== null) {
    if (record.afterParagraphId === record.paragraphId) return 'A paragraph cannot be placed after itself.';
    if (!paragraphs.has(record.afterParagraphId)) return `Paragraph "${record.afterParagraphId}" no longer exists.`;
  }
  return null;
}

function attributionMark(record: ProposalRecord): Record<string, unknown> {
  return { [markNames.attribution]: { proposalId: record.id, delegation: record.delegation } };
}

/** Index in the reading order (without `excludeId`) right after `afterId`; 0 for the top, the end if it is gone. */
function findIndexAfter(doc: Y.Doc, afterId: string | null, excludeId?: string): number {
  const order = readParagraphOrder(doc).filter((id) => id !== excludeId);
  if (afterId === null) return 0;
  const index = order.indexOf(afterId);
  return index === -1 ? order.length : index + 1;
}

function insertProposedParagraph(doc: Y.Doc, record: ProposalRecord): void {
  const anchorId = record.afterParagraphId ?? readParagraphOrder(doc)[0] ?? null;
  const anchor = anchorId ? getParagraphMap(doc).get(anchorId) : undefined;
  const kind: ParagraphKind = record.paragraphKind ?? (anchor ? readParagraphKind(anchor) : 'operative');
  const at = findIndexAfter(doc, record.afterParagraphId);
  cleanParagraphOrder(doc);
  const paragraph = new Y.Map<unknown>();
  getParagraphMap(doc).set(record.paragraphId, paragraph);
  paragraph.set(paragraphKeys.kind, kind);
  paragraph.set(paragraphKeys.status, 'open');
  paragraph.set(paragraphKeys.frozen, false);
  if (kind === 'subparagraph') paragraph.set(paragraphKeys.depth, anchor && readParagraphDepth(anchor) === 2 ? 2 : 1);
  const content = new Y.XmlFragment();
  paragraph.set(paragraphKeys.content, content);
  // The proposed words keep UN form: a preambular or operative paragraph opens with its lead in italics.
  const lead = kind === 'subparagraph' ? undefined : detectParagraphLead(record.text, kind);
  const attribution = attributionMark(record);
  writeFragmentRuns(
    content,
    lead && lead.length < record.text.length
      ? [
          { text: lead, attributes: { ...attribution, [markNames.italic]: {} } },
          { text: record.text.slice(lead.length), attributes: attribution },
        ]
      : [{ text: record.text, attributes: attribution }],
  );
  getOrderArray(doc).insert(findRawInsertIndex(doc, at, record.paragraphId), [record.paragraphId]);
}

/**
 * Carries the proposal into the text. Amendments and alternatives become a
 * minimal word edit of the paragraph (`textOps` when the caller has already
 * worked them out), the inserted words marked with the proposal and its
 * delegation. Call inside a transaction, after findAcceptance.
 */
export function applyProposalChange(doc: Y.Doc, record: ProposalRecord, textOps?: DiffOp[]): void {
  switch (record.kind) {
    case 'amend':
    case 'alternative': {
      const content = getParagraphContent(getParagraph(doc, record.paragraphId));
      let ops = textOps;
      if (!ops) {
        const current = readFragmentText(content);
        const proposed = readProposedOutcome(record, current);
        if (proposed === null) throw new ProposalOvertakenError(record.id);
        ops = diffReplacement(current, proposed);
      }
      applyTextOps(content, ops, attributionMark(record));
      return;
    }
    case 'add':
      insertProposedParagraph(doc, record);
      return;
    case 'delete':
      deleteParagraph(doc, record.paragraphId);
      return;
    case 'move':
      moveParagraph(doc, record.paragraphId, findIndexAfter(doc, record.afterParagraphId, record.paragraphId));
      return;
  }
}
