import type * as Y from 'yjs';
import type { ConnectionIdentity } from './authenticate';
import { readChanges } from './changes/read-changes';
import { readDecodedUpdate, type DecodedUpdate } from './decoded-update';
import { checkAttribution } from './rules/attribution';
import { checkContentSchema } from './rules/content-schema';
import { checkDraftMeta } from './rules/draft-meta';
import { checkParagraphFields } from './rules/paragraph-fields';
import { checkParagraphRights } from './rules/paragraph-rights';
import { checkProposals } from './rules/proposals';
import type { Refusal, Rule } from './rules/rule';
import { findIncompleteUpdate } from './update-integrity';

/** In order: shape before rights, so a malformed change is named as such. */
const rules: [string, Rule][] = [
  ['paragraph-fields', checkParagraphFields],
  ['content-schema', checkContentSchema],
  ['draft-meta', checkDraftMeta],
  ['paragraph-rights', checkParagraphRights],
  ['proposals', checkProposals],
  ['attribution', checkAttribution],
];

/**
 * Judges an update before it is applied: complete (nothing Yjs would park),
 * then every change it would make, read once, against each rule. Returns the
 * first refusal, or null when the update may be applied. The document is
 * never touched.
 */
export function judgeUpdate(doc: Y.Doc, update: Uint8Array | DecodedUpdate, identity: ConnectionIdentity): Refusal | null {
  const decoded = readDecodedUpdate(update);
  const incomplete = findIncompleteUpdate(doc, decoded);
  if (incomplete) return { rule: 'integrity', reason: incomplete };
  const read = readChanges(doc, decoded);
  if (read === 'unresolved') return { rule: 'integrity', reason: 'The update refers to content this draft does not have.' };
  if (read === 'too-deep') return { rule: 'content-schema', reason: 'The text is nested deeper than a paragraph allows.' };
  const context = { doc, changes: read.changes, deletes: read.deletes, identity };
  for (const [rule, check] of rules) {
    const reason = check(context);
    if (reason) return { rule, reason };
  }
  return null;
}
