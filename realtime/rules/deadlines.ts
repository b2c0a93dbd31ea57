import { describeClosedProposals, findClosingDeadline } from '@/lib/deadlines/proposal-deadline';
import { proposalKeys, proposalsKey, readParagraphNumber } from '@/lib/proposals';
import { readItemValue } from '../changes/read-changes';
import type { RuleContext } from './rule';

/**
 * After a deadline (and until the facilitator reopens it) no new proposal is made on its paragraph, or on any
 * paragraph for a draft-wide one, by the server's clock. Positions, rewordings of open proposals and the
 * facilitator's decisions go on: only new proposals are closed.
 */
export function checkDeadlines(context: RuleContext): string | null {
  const { deadlines } = context;
  if (!deadlines || deadlines.deadlines.length === 0) return null;
  const created = new Set<string>();
  const places = new Map<string, string[]>();
  for (const { place, key, deletion, item } of context.changes) {
    if (place.root !== proposalsKey || deletion || key === null) continue;
    const [top, ...deeper] = place.steps;
    if (!top) {
      created.add(key);
      continue;
    }
    if (deeper.length > 0 || !top.fresh || top.key === null) continue;
    if (key !== proposalKeys.paragraphId && key !== proposalKeys.afterParagraphId) continue;
    const value = readItemValue(item);
    if (typeof value !== 'string' || value === '') continue;
    places.set(top.key, [...(places.get(top.key) ?? []), value]);
  }
  for (const id of created) {
    // A new paragraph proposed after OP 3 is a proposal on OP 3 too; one that names no paragraph meets the draft's.
    for (const paragraphId of places.get(id) ?? ['']) {
      const closing = findClosingDeadline(deadlines.deadlines, paragraphId, deadlines.now);
      if (!closing) continue;
      const number = closing.paragraphId === '' ? null : readParagraphNumber(context.doc, closing.paragraphId);
      return describeClosedProposals(closing, number, deadlines.timeZone);
    }
  }
  return null;
}
