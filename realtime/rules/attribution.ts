import * as Y from 'yjs';
import { draftDocKeys } from '@/lib/draft';
import { readAttributionFormat } from '@/lib/editor/content-rules';
import { proposalKeys, proposalsKey, readProposalStatus } from '@/lib/proposals';
import { readItemValue } from '../changes/read-changes';
import type { RuleContext } from './rule';

/**
 * Words carry a delegation's name only because one of its proposals was
 * accepted. An attribution mark must name a proposal that is accepted (or
 * accepted by this very update, which the proposal rules allow only to the
 * facilitator) and that proposal's delegation. Copies of attributed words
 * (split, merge, move, undo) pass under the same test; a mark made up by a
 * client does not.
 */
export function checkAttribution(context: RuleContext): string | null {
  const { doc, changes } = context;
  const proposals = doc.getMap<unknown>(proposalsKey);
  const acceptedNow = new Set<string>();
  for (const { place, key, deletion, item } of changes) {
    if (deletion || place.root !== proposalsKey || place.steps.length !== 1 || key !== proposalKeys.status) continue;
    if (readItemValue(item) === 'accepted' && place.steps[0]!.key !== null) acceptedNow.add(place.steps[0]!.key);
  }
  for (const { place, deletion, item } of changes) {
    if (deletion || place.root !== draftDocKeys.paragraphs || !(item.content instanceof Y.ContentFormat)) continue;
    const mark = readAttributionFormat(item.content.key, item.content.value);
    if (!mark) continue;
    const proposal = typeof mark.proposalId === 'string' ? proposals.get(mark.proposalId) : undefined;
    if (!(proposal instanceof Y.Map)) return 'Words can only be credited to a proposal of this draft.';
    if (readProposalStatus(proposal) !== 'accepted' && !acceptedNow.has(mark.proposalId as string)) {
      return 'Words are credited to a proposal only when it is accepted.';
    }
    if (proposal.get(proposalKeys.delegation) !== mark.delegation)
      return 'Words can only be credited to the delegation that proposed them.';
  }
  return null;
}
