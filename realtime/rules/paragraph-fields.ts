import * as Y from 'yjs';
import { can } from '@/lib/auth/permissions';
import { draftDocKeys, paragraphKeys, paragraphKinds, paragraphStatuses } from '@/lib/draft';
import { readItemValue, type Change } from '../changes/read-changes';
import type { RuleContext } from './rule';

/** Without these a paragraph cannot be read, numbered or rendered; they are set when it is made and never removed. */
const requiredKeys: readonly string[] = [paragraphKeys.content, paragraphKeys.kind, paragraphKeys.status, paragraphKeys.frozen];
const knownKeys = new Set<string>(Object.values(paragraphKeys));

function checkSource(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value as Record<string, unknown>).every((field) => typeof field === 'string' && field.length <= 20_000);
}

/**
 * The fields a paragraph may carry, typed as the model writes them. A paragraph
 * that arrives new must start open and unfrozen unless the sender may set
 * statuses and freeze: otherwise replacing a paragraph would be a way round both rules.
 */
function checkFieldValue(key: string | null, value: unknown, isNewParagraph: boolean, context: RuleContext): string | null {
  const { role } = context.identity;
  switch (key) {
    case paragraphKeys.content:
      if (!isNewParagraph) return "A paragraph's text cannot be replaced.";
      return value instanceof Y.XmlFragment && !(value instanceof Y.XmlElement) ? null : "A paragraph's text must be a text fragment.";
    case paragraphKeys.kind:
      return (paragraphKinds as readonly unknown[]).includes(value) ? null : 'Unknown paragraph kind.';
    case paragraphKeys.depth:
      return value === 1 || value === 2 ? null : 'A subparagraph depth is 1 or 2.';
    case paragraphKeys.status:
      if (!(paragraphStatuses as readonly unknown[]).includes(value)) return 'Unknown paragraph status.';
      return isNewParagraph && value !== 'open' && !can(role, 'draft:set-status') ? 'Only a facilitator can set a paragraph status.' : null;
    case paragraphKeys.frozen:
      if (typeof value !== 'boolean') return 'A paragraph is frozen or not.';
      return isNewParagraph && value && !can(role, 'draft:freeze') ? 'Only a facilitator can freeze a paragraph.' : null;
    case paragraphKeys.source:
      return checkSource(value) ? null : 'A paragraph source is a set of plain fields.';
    default:
      return `A paragraph has no field "${key}".`;
  }
}

function isParagraphField(change: Change): boolean {
  return change.place.root === draftDocKeys.paragraphs && change.place.steps.length === 1;
}

/**
 * Paragraph entries and their fields have the model's shape: every entry of
 * the paragraphs map is a map; a new one brings its text, kind, status and
 * frozen flag; fields are known and well typed; required fields are never
 * removed and the text fragment never replaced (only a whole paragraph is
 * deleted). Order entries are paragraph ids.
 */
export function checkParagraphFields(context: RuleContext): string | null {
  const { changes, deletes } = context;
  const newParagraphs = new Map<Y.Item, Set<string>>();
  const setKeys = new Map<Y.Item, Set<string>>();
  for (const change of changes) {
    const { place, key, deletion, item } = change;
    if (place.root === draftDocKeys.order && place.steps.length === 0 && !deletion) {
      if (item.content instanceof Y.ContentDeleted) continue;
      if (!(item.content instanceof Y.ContentAny) || !item.content.getContent().every((value) => typeof value === 'string')) {
        return 'The paragraph order holds paragraph ids only.';
      }
      continue;
    }
    if (place.root !== draftDocKeys.paragraphs) continue;
    if (place.steps.length === 0) {
      if (deletion || item.content instanceof Y.ContentDeleted) continue;
      if (key === null) return 'A paragraph must be stored under its id.';
      if (!(item.content instanceof Y.ContentType && item.content.type instanceof Y.Map)) return 'A paragraph must be a map of its fields.';
      newParagraphs.set(item, new Set());
      continue;
    }
    if (!isParagraphField(change) || deletion || item.content instanceof Y.ContentDeleted) continue;
    const [paragraph] = place.steps;
    const reason = checkFieldValue(key, readItemValue(item), paragraph!.fresh, context);
    if (reason) return reason;
    const keys = setKeys.get(paragraph!.item) ?? new Set<string>();
    keys.add(key!);
    setKeys.set(paragraph!.item, keys);
  }
  for (const change of changes) {
    if (!change.deletion || !isParagraphField(change) || change.key === null) continue;
    const paragraph = change.place.steps[0]!;
    if (deletes(paragraph.item.id) || !knownKeys.has(change.key)) continue;
    if (requiredKeys.includes(change.key) && !setKeys.get(paragraph.item)?.has(change.key)) {
      return `A paragraph's ${change.key} cannot be removed.`;
    }
  }
  for (const paragraph of newParagraphs.keys()) {
    const keys = setKeys.get(paragraph);
    if (!keys?.has(paragraphKeys.content)) return 'A new paragraph must bring its text.';
    if (!keys.has(paragraphKeys.kind)) return 'A new paragraph must say its kind.';
    // Readers would guess open and unfrozen, but the load-time repair would write them: a new paragraph brings both.
    if (!keys.has(paragraphKeys.status)) return 'A new paragraph must say its status.';
    if (!keys.has(paragraphKeys.frozen)) return 'A new paragraph must say whether it is frozen.';
  }
  return null;
}
