import { draftDocKeys } from '@/lib/draft';
import { modeKey } from '@/lib/proposals';
import type { RuleContext } from './rule';

/**
 * The title, body and chapeau are written when a draft is made, by the
 * server; the only field a client changes is the mode (and only the
 * facilitator, which the proposal rules check).
 */
export function checkDraftMeta(context: RuleContext): string | null {
  for (const { place, key } of context.changes) {
    if (place.root !== draftDocKeys.meta) continue;
    if (place.steps.length > 0 || key !== modeKey) return "The draft's title, body and chapeau cannot be changed in the drafting room.";
  }
  return null;
}
