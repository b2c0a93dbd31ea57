import type { DiffOp } from '@/lib/compare/types';
import type { CompilationEntry } from '@/lib/proposals';

/** Past this many separate changes a sentence stops helping the room: the whole new wording is read instead. */
const maxChangesInSentence = 2;

function quote(text: string): string {
  return `“${text.trim()}”`;
}

/** Runs of deleted and inserted words between unchanged ones, each read as one change. */
function collectChanges(ops: readonly DiffOp[]): { removed: string; added: string }[] {
  const changes: { removed: string; added: string }[] = [];
  let current: { removed: string; added: string } | null = null;
  for (const [op, text] of ops) {
    if (op === 0) {
      if (text.trim() !== '' && current) {
        changes.push(current);
        current = null;
      }
      continue;
    }
    current ??= { removed: '', added: '' };
    if (op === -1) current.removed += text;
    else current.added += text;
  }
  if (current) changes.push(current);
  return changes.filter((change) => change.removed.trim() !== '' || change.added.trim() !== '');
}

function describeChange(change: { removed: string; added: string }): string {
  if (change.removed.trim() === '') return `insert ${quote(change.added)}`;
  if (change.added.trim() === '') return `delete ${quote(change.removed)}`;
  return `replace ${quote(change.removed)} with ${quote(change.added)}`;
}

/**
 * One proposal as a sentence the room can read off the wall: "European Union proposes to replace “all” with
 * “some”". Amendments are read from the proposal's own change (never re-diffed against the current text).
 */
export function describeScreenProposal(entry: CompilationEntry): string {
  const { proposal } = entry;
  const who = proposal.delegationName || proposal.delegation;
  switch (proposal.kind) {
    case 'amend': {
      const changes = collectChanges(entry.change);
      if (changes.length === 0 || changes.length > maxChangesInSentence) return `${who} proposes to read: ${quote(proposal.text)}`;
      const parts = changes.map(describeChange);
      const joined = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
      return `${who} proposes to ${joined}`;
    }
    case 'alternative':
      return `${who} proposes an alternative (${entry.ref}): ${quote(proposal.text)}`;
    case 'add':
      return `${who} proposes a ${entry.action.charAt(0).toLowerCase()}${entry.action.slice(1)}: ${quote(proposal.text)}`;
    case 'delete':
      return `${who} proposes to delete the paragraph`;
    case 'move':
      return `${who} proposes to ${entry.action.charAt(0).toLowerCase()}${entry.action.slice(1)}`;
  }
}
