import * as Y from 'yjs';
import { paragraphKeys, paragraphKinds, paragraphStatuses } from '@/lib/draft';
import type { EditRules } from './edit-policy';

/** The value an incoming map entry sets (the last, for a run of values). */
export function readItemValue(item: Y.Item): unknown {
  const { content } = item;
  if (content instanceof Y.ContentAny) return content.getContent().at(-1);
  if (content instanceof Y.ContentType) return content.type;
  if (content instanceof Y.ContentString) return content.str;
  return undefined;
}

/** A value set under the paragraphs map must be a paragraph map: every reader and every save relies on it. */
export function checkParagraphEntry(item: Y.Item): string | null {
  return item.content instanceof Y.ContentType && item.content.type instanceof Y.Map ? null : 'A paragraph must be a map of its fields.';
}

/** Order entries are paragraph ids. */
export function checkOrderEntry(item: Y.Item): string | null {
  if (!(item.content instanceof Y.ContentAny)) return 'The paragraph order holds paragraph ids only.';
  return item.content.getContent().every((value) => typeof value === 'string') ? null : 'The paragraph order holds paragraph ids only.';
}

/**
 * The fields a paragraph may carry, typed as the model writes them. A paragraph
 * that arrives new must start open and unfrozen unless the sender may set
 * statuses and freeze: otherwise replacing a paragraph would be a way round both rules.
 */
export function checkParagraphField(key: string | null, item: Y.Item, isNewParagraph: boolean, rules: EditRules): string | null {
  const value = readItemValue(item);
  switch (key) {
    case paragraphKeys.content:
      return value instanceof Y.XmlFragment ? null : "A paragraph's text must be a text fragment.";
    case paragraphKeys.kind:
      return (paragraphKinds as readonly unknown[]).includes(value) ? null : 'Unknown paragraph kind.';
    case paragraphKeys.depth:
      return value === 1 || value === 2 ? null : 'A subparagraph depth is 1 or 2.';
    case paragraphKeys.status:
      if (!(paragraphStatuses as readonly unknown[]).includes(value)) return 'Unknown paragraph status.';
      return isNewParagraph && value !== 'open' && !rules.canSetStatus ? 'Only a facilitator can set a paragraph status.' : null;
    case paragraphKeys.frozen:
      if (typeof value !== 'boolean') return 'A paragraph is frozen or not.';
      return isNewParagraph && value && !rules.canFreeze ? 'Only a facilitator can freeze a paragraph.' : null;
    default:
      return null;
  }
}
