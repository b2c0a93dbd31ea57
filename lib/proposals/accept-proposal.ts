import type * as Y from 'yjs';
import { getParagraph, getParagraphContent, getParagraphMap } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import type { DiffOp } from '@/lib/compare/types';
import { applyProposalChange, findApplyProblem, readProposedOutcome } from './apply-proposal';
import { diffReplacement } from './diff-replacement';
import {
  getProposal,
  proposalKeys,
  readProposalRecord,
  type DecisionInit,
  type ProposalRecord,
  ProposalOvertakenError,
} from './proposal-doc-parts';

/** What accepting a proposal now would do to its paragraph. */
export interface Acceptance {
  /** Why it cannot be accepted now, or null. */
  problem: string | null;
  /** The paragraph's text before the change (null for a new paragraph). */
  currentText: string | null;
  /** Bracketed passages of the current text that the change removes or rewrites, as they read now. */
  touchedBrackets: string[];
  /** For an amendment or alternative that applies: the word edit of the current text it makes. */
  textOps?: DiffOp[];
}

export class BracketsNeedConfirmationError extends Error {
  constructor(readonly passages: string[]) {
    super(`Accepting this proposal changes bracketed text (${passages.join(' ')}): confirm what happens to the brackets.`);
  }
}

/** Spans of `[…]` in a text, innermost pairs and unmatched brackets alike. */
function findBracketSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '[') open.push(index);
    else if (text[index] === ']') spans.push([open.pop() ?? index, index + 1]);
  }
  for (const start of open) spans.push([start, start + 1]);
  return spans;
}

function findTouchedBrackets(current: string, ops: readonly DiffOp[]): string[] {
  const changed: Array<[number, number]> = [];
  let position = 0;
  for (const [op, text] of ops) {
    if (op === 1) changed.push([position, position]);
    else if (op === -1) changed.push([position, position + text.length]);
    if (op !== 1) position += text.length;
  }
  return findBracketSpans(current)
    .filter(([start, end]) => changed.some(([from, to]) => (from === to ? from > start && from < end : from < end && start < to)))
    .map(([start, end]) => current.slice(start, end));
}

/** Whether the proposal can be accepted onto the text as it stands, and which brackets the change would touch. */
export function findAcceptance(doc: Y.Doc, record: ProposalRecord): Acceptance {
  const problem = findApplyProblem(doc, record);
  const paragraph = getParagraphMap(doc).get(record.paragraphId);
  const currentText =
    record.kind === 'add' || !paragraph ? null : readFragmentText(getParagraphContent(getParagraph(doc, record.paragraphId)));
  if (problem || currentText === null || record.kind === 'move') return { problem, currentText, touchedBrackets: [] };
  const outcome = readProposedOutcome(record, currentText);
  if (outcome === null) return { problem: new ProposalOvertakenError(record.id).message, currentText, touchedBrackets: [] };
  const ops = diffReplacement(currentText, outcome);
  const textOps = record.kind === 'amend' || record.kind === 'alternative' ? ops : undefined;
  return { problem: null, currentText, touchedBrackets: findTouchedBrackets(currentText, ops), ...(textOps ? { textOps } : {}) };
}

/**
 * The facilitator accepts: the change is applied to the text and the decision
 * recorded, in one transaction so every replica sees both or neither. A change
 * to bracketed text needs the facilitator's word on the brackets, which the
 * record keeps beside the text the change was applied to.
 */
export function acceptProposal(doc: Y.Doc, id: string, decision: DecisionInit): void {
  const proposal = getProposal(doc, id);
  const record = readProposalRecord(id, proposal);
  const { problem, currentText, touchedBrackets, textOps } = findAcceptance(doc, record);
  if (problem) throw new Error(problem);
  const bracketNote = decision.bracketNote?.trim();
  if (touchedBrackets.length > 0 && !bracketNote) throw new BracketsNeedConfirmationError(touchedBrackets);
  doc.transact(() => {
    applyProposalChange(doc, record, textOps);
    proposal.set(proposalKeys.status, 'accepted');
    proposal.set(proposalKeys.decidedBy, decision.decidedBy);
    proposal.set(proposalKeys.decidedAt, (decision.now ?? new Date()).toISOString());
    if (currentText !== null) proposal.set(proposalKeys.acceptedOnto, currentText);
    if (touchedBrackets.length > 0 && bracketNote) proposal.set(proposalKeys.bracketNote, bracketNote);
  });
}
