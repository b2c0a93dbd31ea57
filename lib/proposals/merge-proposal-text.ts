import type { DiffOp } from '@/lib/compare/types';
import { diffReplacement } from './diff-replacement';

/** One change of a text against a base: base[start, end) becomes `insert`. */
interface Edit {
  start: number;
  end: number;
  insert: string;
}

function readEdits(ops: readonly DiffOp[]): Edit[] {
  const edits: Edit[] = [];
  let position = 0;
  for (const [op, text] of ops) {
    if (op === 0) {
      position += text.length;
      continue;
    }
    const last = edits.at(-1);
    const edit = last && last.end === position ? last : { start: position, end: position, insert: '' };
    if (edit !== last) edits.push(edit);
    if (op === -1) {
      edit.end += text.length;
      position += text.length;
    } else {
      edit.insert += text;
    }
  }
  return edits;
}

/** Touching counts as overlapping: a word added right beside a changed one was written against that passage. */
function overlaps(a: Edit, b: Edit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The passages of `base` that `proposed` changes, carried onto `current`: the
 * proposal's own edits applied to the text as it now stands. Null when any of
 * those passages (or the point where it inserts) was changed in the meantime,
 * because then nobody has said what the proposal means for the new words.
 */
export function mergeProposalText(base: string, proposed: string, current: string): string | null {
  if (current === base) return proposed;
  if (proposed === base) return current;
  const own = readEdits(diffReplacement(base, proposed));
  const theirs = readEdits(diffReplacement(base, current));
  if (own.some((edit) => theirs.some((other) => overlaps(edit, other)))) return null;
  const shiftBefore = (position: number): number =>
    theirs.filter((other) => other.end <= position).reduce((shift, other) => shift + other.insert.length - (other.end - other.start), 0);
  let merged = current;
  for (const edit of [...own].reverse()) {
    const start = edit.start + shiftBefore(edit.start);
    const end = start + (edit.end - edit.start);
    merged = merged.slice(0, start) + edit.insert + merged.slice(end);
  }
  return merged;
}
