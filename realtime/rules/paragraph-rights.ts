import * as Y from 'yjs';
import { can } from '@/lib/auth/permissions';
import { draftDocKeys, paragraphKeys } from '@/lib/draft';
import { readStepType, type AnyType } from '../changes/read-changes';
import type { RuleContext } from './rule';

function isFrozen(paragraph: AnyType | undefined): boolean {
  return paragraph instanceof Y.Map && paragraph.get(paragraphKeys.frozen) === true;
}

/**
 * Frozen paragraphs are the facilitator's alone: nobody else types in them,
 * replaces or deletes them. Statuses and freezing are set only by those the
 * permission table allows (a new paragraph's starting values are judged with
 * its fields). Deleting a paragraph deletes everything inside it too; those
 * inner deletions are judged by the paragraph's own.
 */
export function checkParagraphRights(context: RuleContext): string | null {
  const { doc, changes, deletes, identity } = context;
  const canEditFrozen = can(identity.role, 'draft:edit-frozen');
  const paragraphs = doc.getMap(draftDocKeys.paragraphs);
  for (const { place, key, deletion } of changes) {
    if (place.root !== draftDocKeys.paragraphs) continue;
    const [paragraphStep, ...inside] = place.steps;
    if (!paragraphStep) {
      if (key !== null && !canEditFrozen && isFrozen(paragraphs.get(key) as AnyType | undefined)) {
        return 'A frozen paragraph cannot be replaced or deleted.';
      }
      continue;
    }
    if (paragraphStep.fresh) continue;
    if (deletion && place.steps.some((step) => deletes(step.item.id))) continue;
    const paragraph = readStepType(paragraphStep);
    if (inside.length === 0) {
      if (key === paragraphKeys.status && !can(identity.role, 'draft:set-status')) return 'Only a facilitator can set a paragraph status.';
      if (key === paragraphKeys.frozen && !can(identity.role, 'draft:freeze')) return 'Only a facilitator can freeze a paragraph.';
    }
    if (!canEditFrozen && isFrozen(paragraph)) return 'This paragraph is frozen.';
  }
  return null;
}
