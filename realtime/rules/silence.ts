import * as Y from 'yjs';
import { draftDocKeys } from '@/lib/draft';
import { proposalKeys, proposalsKey } from '@/lib/proposals';
import { readItemValue, readStepType, type Change } from '../changes/read-changes';
import type { RuleContext } from './rule';

export const silenceRefusal = 'This paragraph is under a silence procedure: nothing in it changes until the procedure ends.';

/** The paragraph a proposal change concerns: the value being set, or the existing proposal's. */
function readProposalParagraph(change: Change): string | null {
  const [top] = change.place.steps;
  if (!top) return null;
  if (change.place.steps.length === 1 && change.key === proposalKeys.paragraphId) {
    const value = readItemValue(change.item);
    return typeof value === 'string' ? value : null;
  }
  if (top.fresh) return null;
  const proposal = readStepType(top);
  const value = proposal instanceof Y.Map ? proposal.get(proposalKeys.paragraphId) : undefined;
  return typeof value === 'string' ? value : null;
}

function readTouchedParagraph(change: Change): string | null {
  const { place, key, item } = change;
  if (place.root === draftDocKeys.paragraphs) return place.steps[0]?.key ?? key;
  if (place.root === draftDocKeys.order) {
    const value = readItemValue(item);
    return typeof value === 'string' ? value : null;
  }
  if (place.root === proposalsKey) return readProposalParagraph(change);
  return null;
}

/**
 * Paragraphs under a running silence procedure are frozen for everyone, the facilitator too: their text,
 * status, frozen flag, place in the order and the proposals on them. Only the server's own outcome (applied
 * outside this judgement) changes them.
 */
export function checkSilence(context: RuleContext): string | null {
  const silenced = context.silencedParagraphIds;
  if (!silenced || silenced.size === 0) return null;
  for (const change of context.changes) {
    const id = readTouchedParagraph(change);
    if (id !== null && silenced.has(id)) return silenceRefusal;
  }
  return null;
}
