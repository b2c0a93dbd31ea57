import * as Y from 'yjs';
import { draftDocKeys, paragraphKeys } from '@/lib/draft';
import { checkMarkFormat, checkNodeAttribute, readContentRules, type ContentRules } from '@/lib/editor/content-rules';
import { readItemValue, readStepType, type AnyType, type Change } from '../changes/read-changes';
import type { RuleContext } from './rule';

/** The levels of a paragraph's text, counted from the text fragment down. */
const fragmentLevel = 2;
const blockLevel = 3;
const inlineLevel = 4;

function checkFragmentChild(rules: ContentRules, change: Change): string | null {
  if (change.key !== null) return 'A paragraph text has no attributes.';
  const value = readItemValue(change.item);
  if (value instanceof Y.XmlElement && rules.blockNames.has(value.nodeName)) return null;
  if (value instanceof Y.XmlElement) return `A paragraph text cannot hold "${value.nodeName}".`;
  return 'A paragraph text holds paragraphs of text only.';
}

function checkBlockChild(rules: ContentRules, block: Y.XmlElement, change: Change): string | null {
  const value = readItemValue(change.item);
  if (change.key !== null) return checkNodeAttribute(rules, block.nodeName, change.key, value);
  if (value instanceof Y.XmlText) return null;
  if (value instanceof Y.XmlElement && rules.inlineAtomNames.has(value.nodeName)) return null;
  if (value instanceof Y.XmlElement) return `A paragraph cannot hold "${value.nodeName}".`;
  return 'A paragraph holds text, line breaks and footnotes only.';
}

function checkInlineChild(rules: ContentRules, container: AnyType, change: Change): string | null {
  const { content } = change.item;
  if (container instanceof Y.XmlText) {
    if (change.key !== null) return 'Text has no attributes.';
    if (content instanceof Y.ContentString) return null;
    if (content instanceof Y.ContentFormat) return checkMarkFormat(rules, content.key, content.value);
    return 'Text holds characters and formatting only.';
  }
  if (container instanceof Y.XmlElement && rules.inlineAtomNames.has(container.nodeName)) {
    if (change.key === null) return `A ${container.nodeName} has no content of its own.`;
    return checkNodeAttribute(rules, container.nodeName, change.key, readItemValue(change.item));
  }
  return 'Malformed text.';
}

/**
 * The editor schema's document holds one block or more: an update may not
 * leave a paragraph's text without one, whether by deleting the last block of
 * an existing text (one delegate joining two blocks while another deletes the
 * other) or by bringing a new paragraph whose text is empty. Texts of
 * paragraphs the update deletes are not counted.
 */
function checkBlocksRemain(context: RuleContext): string | null {
  const { changes, deletes } = context;
  const isRemoved = (steps: readonly { item: Y.Item }[]) => steps.some((step) => deletes(step.item.id));
  const arriving = new Map<Y.Item, number>();
  const losing = new Set<Y.Item>();
  const fresh = new Set<Y.Item>();
  for (const { place, key, deletion, item } of changes) {
    if (place.root !== draftDocKeys.paragraphs) continue;
    if (place.steps.length === 1 && key === paragraphKeys.content && !deletion && readItemValue(item) instanceof Y.XmlFragment) {
      if (!isRemoved(place.steps) && !deletes(item.id)) fresh.add(item);
      continue;
    }
    if (place.steps.length !== fragmentLevel || place.steps[1]!.key !== paragraphKeys.content) continue;
    const fragment = place.steps[1]!.item;
    if (deletion) {
      if (!isRemoved(place.steps)) losing.add(fragment);
    } else if (!(item.content instanceof Y.ContentDeleted) && !deletes(item.id)) {
      arriving.set(fragment, (arriving.get(fragment) ?? 0) + 1);
    }
  }
  for (const item of fresh) if (!arriving.has(item)) return 'A new paragraph must bring at least one line of text, even an empty one.';
  for (const item of losing) {
    let remaining = arriving.get(item) ?? 0;
    const fragment = readStepType({ key: null, item, fresh: false });
    for (let child = fragment?._start ?? null; child && remaining === 0; child = child.right) {
      if (!child.deleted && !deletes(child.id)) remaining++;
    }
    if (remaining === 0) return "A paragraph's text cannot be left without a line of text.";
  }
  return null;
}

/**
 * Only content the editor can represent is accepted: every new struct inside
 * a paragraph's text is checked against the one editor schema (node types,
 * allowed children, attributes, marks and their attributes). Nothing nests
 * below inline content, which bounds the depth. Deletions cannot make content
 * invalid, except by leaving a text without any block.
 */
export function checkContentSchema(context: RuleContext): string | null {
  const rules = readContentRules();
  for (const change of context.changes) {
    const { place, deletion, item } = change;
    if (deletion || place.root !== draftDocKeys.paragraphs || place.steps.length < fragmentLevel) continue;
    if (place.steps[1]!.key !== paragraphKeys.content) continue;
    if (item.content instanceof Y.ContentDeleted) continue;
    const level = place.steps.length;
    if (level > inlineLevel) return 'The text is nested deeper than a paragraph allows.';
    const container = readStepType(place.steps[level - 1]!);
    let reason: string | null;
    if (level === fragmentLevel) {
      reason =
        container instanceof Y.XmlFragment && !(container instanceof Y.XmlElement) ? checkFragmentChild(rules, change) : 'Malformed text.';
    } else if (level === blockLevel) {
      reason =
        container instanceof Y.XmlElement && rules.blockNames.has(container.nodeName)
          ? checkBlockChild(rules, container, change)
          : 'Malformed text.';
    } else {
      reason = container ? checkInlineChild(rules, container, change) : 'Malformed text.';
    }
    if (reason) return reason;
  }
  return checkBlocksRemain(context);
}
