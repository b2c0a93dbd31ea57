import type * as Y from 'yjs';
import type { ConnectionIdentity } from './authenticate';
import { draftDocKeys } from '@/lib/draft';
import { readChanges, readItemValue, type Change } from './changes/read-changes';
import { readDecodedUpdate, type DecodedUpdate } from './decoded-update';
import { checkAttribution } from './rules/attribution';
import { checkContentSchema } from './rules/content-schema';
import { checkDeadlines } from './rules/deadlines';
import { checkDraftMeta } from './rules/draft-meta';
import { checkParagraphFields } from './rules/paragraph-fields';
import { checkParagraphRights } from './rules/paragraph-rights';
import { checkProposals } from './rules/proposals';
import { checkSilence } from './rules/silence';
import type { Refusal, Rule, RuleContext, RuleExtras } from './rules/rule';
import { findIncompleteUpdate } from './update-integrity';

/** In order: shape before rights, so a malformed change is named as such. */
const rules: [string, Rule][] = [
  ['paragraph-fields', checkParagraphFields],
  ['content-schema', checkContentSchema],
  ['draft-meta', checkDraftMeta],
  ['paragraph-rights', checkParagraphRights],
  ['proposals', checkProposals],
  ['attribution', checkAttribution],
  ['silence', checkSilence],
  ['deadlines', checkDeadlines],
];

/**
 * Judges an update before it is applied: complete (nothing Yjs would park),
 * then every change it would make, read once, against each rule. Returns the
 * first refusal, or null when the update may be applied. The document is
 * never touched.
 */
export function judgeUpdate(
  doc: Y.Doc,
  update: Uint8Array | DecodedUpdate,
  identity: ConnectionIdentity,
  extras: RuleExtras = {},
): Refusal | null {
  const decoded = readDecodedUpdate(update);
  const incomplete = findIncompleteUpdate(doc, decoded);
  if (incomplete) return { rule: 'integrity', reason: incomplete };
  const read = readChanges(doc, decoded);
  if (read === 'unresolved') return { rule: 'integrity', reason: 'The update refers to content this draft does not have.' };
  if (read === 'too-deep') return { rule: 'content-schema', reason: 'The text is nested deeper than a paragraph allows.' };
  const context = { ...extras, doc, changes: read.changes, deletes: read.deletes, identity };
  for (const [rule, check] of rules) {
    const reason = check(context);
    if (reason) return { rule, reason, ...readRefusedParagraphs(context, check) };
  }
  return null;
}

/** The paragraph a change belongs to: its entry in `paragraphs`, anything inside it, or its place in the order. */
function readChangeParagraph(change: Change): string | null {
  const { place, key, item } = change;
  if (place.root === draftDocKeys.paragraphs) return place.steps[0]?.key ?? key;
  if (place.root === draftDocKeys.order) {
    const value = readItemValue(item);
    return typeof value === 'string' ? value : null;
  }
  return null;
}

/** The paragraphs an update would change (for refusals that are not a rule's: budgets, ownership). */
export function listChangedParagraphs(doc: Y.Doc, update: Uint8Array | DecodedUpdate): string[] {
  const read = readChanges(doc, readDecodedUpdate(update));
  if (typeof read === 'string') return [];
  const ids = new Set<string>();
  for (const change of read.changes) {
    const id = readChangeParagraph(change);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

/**
 * Which paragraphs a refusal concerns, so the sender keeps its other edits (a reconnect's sync carries
 * everything typed offline in one update): each paragraph's changes are judged again on their own by the
 * rule that refused; those it still refuses are named. When none is refused alone (the refusal comes from
 * the changes together), every paragraph the update touches is named; when it touches none, nothing is.
 */
function readRefusedParagraphs(context: RuleContext, check: Rule): { paragraphIds?: string[] } {
  const groups = new Map<string, Change[]>();
  for (const change of context.changes) {
    const id = readChangeParagraph(change);
    if (id === null) continue;
    const group = groups.get(id) ?? [];
    group.push(change);
    groups.set(id, group);
  }
  if (groups.size === 0) return {};
  const refused = [...groups].filter(([, changes]) => check({ ...context, changes }) !== null).map(([id]) => id);
  return { paragraphIds: refused.length > 0 ? refused : [...groups.keys()] };
}
