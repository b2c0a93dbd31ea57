import * as Y from 'yjs';
import { getOrderArray, getParagraphMap, paragraphKeys, paragraphKinds, paragraphStatuses } from '@/lib/draft';
import {
  checkMarkFormat,
  checkNodeAttribute,
  readAttributionFormat,
  readContentRules,
  type ContentRules,
} from '@/lib/editor/content-rules';
import { blockNodeName, hardBreakNodeName } from '@/lib/editor/schema';
import { getProposalsMap, getVersionsArray, proposalKeys, readProposalRecord, readProposalStatus } from '@/lib/proposals';

/** What a repair changed, one line each, for the audit. */
export type RepairNote = string;

interface Walk {
  rules: ContentRules;
  fix: boolean;
  notes: RepairNote[];
  proposals: ReturnType<typeof getProposalsMap>;
}

/**
 * The text inside any piece of content, read without recursion so that
 * content nested thousands deep (which the server refuses today, but an older
 * build stored) is salvaged rather than blowing the stack.
 */
function collectText(root: unknown): string {
  let text = '';
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') text += op.insert;
    } else if (node instanceof Y.XmlElement && node.nodeName === hardBreakNodeName) {
      text += ' ';
    } else if (node instanceof Y.XmlFragment) {
      const children = node.toArray();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    } else if (typeof node === 'string') {
      text += node;
    }
  }
  return text;
}

function buildBlock(text: string): Y.XmlElement {
  const block = new Y.XmlElement(blockNodeName);
  const run = new Y.XmlText();
  if (text.length > 0) run.insert(0, text);
  block.insert(0, [run]);
  return block;
}

/** A mark the text may keep: known, well formed, and for attribution an accepted proposal of that delegation. */
function isKeptFormat(walk: Walk, key: string, value: unknown): boolean {
  if (value === null) return true;
  if (checkMarkFormat(walk.rules, key, value)) return false;
  const attribution = readAttributionFormat(key, value);
  if (!attribution) return true;
  const proposal = typeof attribution.proposalId === 'string' ? walk.proposals.get(attribution.proposalId) : undefined;
  return (
    proposal instanceof Y.Map &&
    readProposalStatus(proposal) === 'accepted' &&
    proposal.get(proposalKeys.delegation) === attribution.delegation
  );
}

function repairText(walk: Walk, where: string, text: Y.XmlText): void {
  for (const key of Object.keys(text.getAttributes())) {
    walk.notes.push(`${where}: removed the text attribute "${key}"`);
    if (walk.fix) text.removeAttribute(key);
  }
  let index = 0;
  const embeds: number[] = [];
  const unformat: { index: number; length: number; key: string }[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (typeof op.insert !== 'string') embeds.push(index);
    for (const [key, value] of Object.entries(op.attributes ?? {})) {
      if (!isKeptFormat(walk, key, value)) unformat.push({ index, length, key });
    }
    index += length;
  }
  for (const { index: at, length, key } of unformat) {
    walk.notes.push(`${where}: removed the formatting "${key}" from ${length} characters`);
    if (walk.fix) text.format(at, length, { [key]: null });
  }
  for (let i = embeds.length - 1; i >= 0; i--) {
    walk.notes.push(`${where}: removed an embedded object from the text`);
    if (walk.fix) text.delete(embeds[i]!, 1);
  }
}

function repairAttributes(walk: Walk, where: string, element: Y.XmlElement): void {
  for (const [key, value] of Object.entries(element.getAttributes())) {
    if (!checkNodeAttribute(walk.rules, element.nodeName, key, value)) continue;
    walk.notes.push(`${where}: removed the ${element.nodeName} attribute "${key}"`);
    if (walk.fix) element.removeAttribute(key);
  }
}

function repairBlock(walk: Walk, where: string, block: Y.XmlElement): void {
  repairAttributes(walk, where, block);
  const children = block.toArray();
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (child instanceof Y.XmlText) {
      repairText(walk, where, child);
      continue;
    }
    if (child instanceof Y.XmlElement && walk.rules.inlineAtomNames.has(child.nodeName)) {
      repairAttributes(walk, where, child);
      if (child.length > 0) {
        walk.notes.push(`${where}: removed content nested inside a ${child.nodeName}`);
        if (walk.fix) child.delete(0, child.length);
      }
      continue;
    }
    // Anything else becomes its plain text, in place: words are kept, structure the editor cannot show is not.
    const text = collectText(child);
    walk.notes.push(`${where}: replaced content the editor cannot show with its text (${text.length} characters)`);
    if (!walk.fix) continue;
    block.delete(index, 1);
    if (text.length > 0) {
      const run = new Y.XmlText();
      block.insert(index, [run]);
      run.insert(0, text);
    }
  }
}

function repairFragment(walk: Walk, where: string, fragment: Y.XmlFragment): void {
  const children = fragment.toArray();
  if (children.length === 0) {
    // The editor's document holds at least one block; an empty text gets an empty paragraph.
    walk.notes.push(`${where}: gave the text without any paragraph an empty one`);
    if (walk.fix) fragment.insert(0, [buildBlock('')]);
    return;
  }
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (child instanceof Y.XmlElement && walk.rules.blockNames.has(child.nodeName)) {
      repairBlock(walk, where, child);
      continue;
    }
    const text = collectText(child);
    walk.notes.push(`${where}: replaced content the editor cannot show with a paragraph of its text (${text.length} characters)`);
    if (!walk.fix) continue;
    fragment.delete(index, 1);
    fragment.insert(index, [buildBlock(text)]);
  }
}

function repairParagraph(walk: Walk, id: string, paragraph: Y.Map<unknown>): void {
  const where = `paragraph ${id}`;
  const fixField = (key: string, value: unknown, why: string) => {
    walk.notes.push(`${where}: ${why}`);
    if (!walk.fix) return;
    if (value === undefined) paragraph.delete(key);
    else paragraph.set(key, value);
  };
  const known = new Set<string>(Object.values(paragraphKeys));
  for (const key of paragraph.keys()) if (!known.has(key)) fixField(key, undefined, `removed the unknown field "${key}"`);
  const kind = paragraph.get(paragraphKeys.kind);
  if (!(paragraphKinds as readonly unknown[]).includes(kind))
    fixField(paragraphKeys.kind, 'operative', 'set a missing or unknown kind to operative');
  const status = paragraph.get(paragraphKeys.status);
  if (!(paragraphStatuses as readonly unknown[]).includes(status))
    fixField(paragraphKeys.status, 'open', 'set a missing or unknown status to open');
  if (typeof paragraph.get(paragraphKeys.frozen) !== 'boolean') fixField(paragraphKeys.frozen, false, 'set a missing frozen flag to false');
  const depth = paragraph.get(paragraphKeys.depth);
  if (paragraph.has(paragraphKeys.depth) && depth !== 1 && depth !== 2)
    fixField(paragraphKeys.depth, undefined, 'removed an invalid depth');
  const source = paragraph.get(paragraphKeys.source);
  if (paragraph.has(paragraphKeys.source) && (source === null || typeof source !== 'object' || source instanceof Y.AbstractType)) {
    fixField(paragraphKeys.source, undefined, 'removed an invalid source');
  }
  const content = paragraph.get(paragraphKeys.content);
  if (content instanceof Y.XmlFragment && !(content instanceof Y.XmlElement)) {
    repairFragment(walk, where, content);
    return;
  }
  const text = content === undefined ? '' : collectText(content);
  walk.notes.push(
    `${where}: ${content === undefined ? 'gave the missing text an empty paragraph' : `rebuilt the text from ${text.length} characters`}`,
  );
  if (!walk.fix) return;
  const fragment = new Y.XmlFragment();
  paragraph.set(paragraphKeys.content, fragment);
  fragment.insert(0, [buildBlock(text)]);
}

/**
 * Finds (and with `fix`, repairs) everything in a draft that the editor schema
 * and the paragraph model do not allow: what an older build accepted, or what
 * concurrent valid updates merged into. Repairs are ordinary Yjs operations on
 * the live document, so clients that have the draft open or offline converge
 * on them; words are kept wherever they can be read. Returns one note per repair.
 */
export function repairDraftDoc(doc: Y.Doc, options: { fix: boolean }): RepairNote[] {
  const walk: Walk = { rules: readContentRules(), fix: options.fix, notes: [], proposals: getProposalsMap(doc) };
  const run = () => {
    const paragraphs = getParagraphMap(doc);
    for (const [id, value] of [...paragraphs.entries()]) {
      if (value instanceof Y.Map) {
        repairParagraph(walk, id, value as Y.Map<unknown>);
        continue;
      }
      walk.notes.push(`removed the malformed paragraph entry ${id}`);
      if (walk.fix) paragraphs.delete(id);
    }
    for (const [id, proposal] of [...walk.proposals.entries()]) {
      if (!(proposal instanceof Y.Map) || getVersionsArray(proposal)) continue;
      // Records made before versions existed: their one wording becomes version 1, so an update can add version 2.
      walk.notes.push(`proposal ${id}: recorded its wording as version 1`);
      if (!walk.fix) continue;
      const [first] = readProposalRecord(id, proposal).versions;
      const versions = new Y.Array<unknown>();
      proposal.set(proposalKeys.versions, versions);
      versions.push([first]);
    }
    const order = getOrderArray(doc);
    const entries = order.toArray() as unknown[];
    for (let index = entries.length - 1; index >= 0; index--) {
      if (typeof entries[index] === 'string') continue;
      walk.notes.push(`removed a malformed entry of the paragraph order`);
      if (walk.fix) order.delete(index, 1);
    }
  };
  if (options.fix) doc.transact(run);
  else run();
  return walk.notes;
}
