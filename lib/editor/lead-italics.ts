import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { RemoveMarkStep } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { detectParagraphLead, type LeadKind } from '@/lib/corpus/detect-lead';
import { markNames } from './schema';

/** Footnotes and hard breaks read as one character each, so text offsets are editor positions inside the block. */
const LEAF_TEXT = '\ufffc';

interface LeadItalicsState {
  /** The person took the italics off the opening words here: from then on they are theirs to set. */
  declined: boolean;
}

const leadItalicsKey = new PluginKey<LeadItalicsState>('draftLeadItalics');

export interface LeadItalicsOptions {
  /** The paragraph's kind now; leads exist for preambular and operative paragraphs only. */
  getKind: () => LeadKind | null;
}

/** Longer than any lead and what follows it: the rest of a long paragraph is never read on a keystroke. */
const HEAD_LENGTH = 240;

function readBlockHead(block: ProseMirrorNode): string {
  return block.textBetween(0, Math.min(block.content.size, HEAD_LENGTH), '\n', LEAF_TEXT);
}

/** Where two texts first differ, or null when they are the same. */
function findFirstDifference(before: string, after: string): number | null {
  const length = Math.min(before.length, after.length);
  for (let index = 0; index < length; index++) if (before.charCodeAt(index) !== after.charCodeAt(index)) return index;
  return before.length === after.length ? null : length;
}

function isItalicRange(block: ProseMirrorNode, from: number, to: number, italic: string): boolean {
  let all = true;
  block.nodesBetween(from, to, (node) => {
    if (node.isText && !node.marks.some((mark) => mark.type.name === italic)) all = false;
  });
  return all;
}

/** Remote changes, and undo and redo through the shared stack, reach the editor through the Yjs binding. */
function isFromBinding(transaction: Transaction): boolean {
  return transaction.getMeta(ySyncPluginKey) !== undefined;
}

function removesLeadItalics(transaction: Transaction, kind: LeadKind | null): boolean {
  if (!kind) return false;
  const removals = transaction.steps.filter((step) => step instanceof RemoveMarkStep && step.mark.type.name === markNames.italic);
  if (removals.length === 0) return false;
  const block = transaction.before.firstChild;
  const lead = block?.isTextblock ? detectParagraphLead(readBlockHead(block), kind) : undefined;
  const end = 1 + (lead?.length ?? 0);
  return removals.some((step) => (step as RemoveMarkStep).from < end);
}

/**
 * The range of the first block to set in italics after `transactions`, or
 * null. Only when a change of the person's own reached the opening words and
 * those now form a complete lead (a space or punctuation follows it), and
 * only when the italics are not theirs to decide: a lead whose first word was
 * complete on its own and is not italic had its italics taken off.
 */
export function findLeadToItalicise(
  kind: LeadKind | null,
  transactions: readonly Transaction[],
  before: EditorState,
  after: EditorState,
  declined: boolean,
): { from: number; to: number } | null {
  if (!kind || declined) return null;
  if (!transactions.some((transaction) => transaction.docChanged && !isFromBinding(transaction))) return null;
  const block = after.doc.firstChild;
  if (!block?.isTextblock) return null;
  const text = readBlockHead(block);
  const lead = detectParagraphLead(text, kind);
  if (!lead || lead.length >= text.length || lead.includes(LEAF_TEXT) || lead.includes('\n')) return null;
  const previous = before.doc.firstChild;
  const changedAt = findFirstDifference(previous?.isTextblock ? readBlockHead(previous) : '', text);
  if (changedAt === null || changedAt > lead.length) return null;
  if (isItalicRange(block, 0, lead.length, markNames.italic)) return null;
  const firstWord = /^\S+/.exec(text)?.[0] ?? '';
  const firstItalic = isItalicRange(block, 0, Math.min(1, lead.length), markNames.italic);
  if (lead.length > firstWord.length && !firstItalic && detectParagraphLead(`${firstWord} `, kind) !== undefined) return null;
  return { from: 1, to: 1 + lead.length };
}

/** The plugin behind LeadItalics, on its own for editors built without Tiptap's manager. */
export function createLeadItalicsPlugin(getKind: () => LeadKind | null): Plugin<LeadItalicsState> {
  return new Plugin<LeadItalicsState>({
    key: leadItalicsKey,
    state: {
      init: () => ({ declined: false }),
      apply: (transaction, value) =>
        !value.declined && !isFromBinding(transaction) && removesLeadItalics(transaction, getKind()) ? { declined: true } : value,
    },
    appendTransaction(transactions, before, after) {
      const declined = leadItalicsKey.getState(after)?.declined ?? false;
      const range = findLeadToItalicise(getKind(), transactions, before, after, declined);
      const italic = after.schema.marks[markNames.italic];
      if (!range || !italic) return null;
      return after.tr.addMark(range.from, range.to, italic.create());
    },
  });
}

/**
 * Sets a preambular or operative paragraph's opening words in italics as they
 * are typed or pasted ("Recalling also", "Calls upon"), the way the UN prints
 * them. It is part of the typing transaction, so it travels through Yjs as the
 * keystroke does and undoes with it; changes from others are left alone.
 */
export const LeadItalics = Extension.create<LeadItalicsOptions>({
  name: 'draftLeadItalics',
  addOptions() {
    return { getKind: () => null };
  },
  addProseMirrorPlugins() {
    return [createLeadItalicsPlugin(this.options.getKind)];
  },
});
