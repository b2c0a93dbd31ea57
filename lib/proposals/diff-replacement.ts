import { diffWords } from '@/lib/compare/diff-words';
import type { DiffOp } from '@/lib/compare/types';

function joinSide(ops: readonly DiffOp[], skip: -1 | 1): string {
  return ops
    .filter(([op]) => op !== skip)
    .map(([, text]) => text)
    .join('');
}

/**
 * Exact word ops turning `oldText` into `newText`. Whitespace and footnote
 * markers count (the ops are applied to the real text, so nothing may be
 * normalised away); if the word diff ever fails to reproduce both texts, the
 * changed middle is replaced as a whole instead.
 */
export function diffReplacement(oldText: string, newText: string): DiffOp[] {
  const { ops } = diffWords(oldText, newText, { showNoise: true });
  if (joinSide(ops, 1) === oldText && joinSide(ops, -1) === newText) return ops;
  let prefix = 0;
  while (prefix < oldText.length && prefix < newText.length && oldText[prefix] === newText[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < oldText.length - prefix &&
    suffix < newText.length - prefix &&
    oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]
  ) {
    suffix++;
  }
  const fallback: DiffOp[] = [];
  if (prefix > 0) fallback.push([0, oldText.slice(0, prefix)]);
  if (oldText.length - suffix > prefix) fallback.push([-1, oldText.slice(prefix, oldText.length - suffix)]);
  if (newText.length - suffix > prefix) fallback.push([1, newText.slice(prefix, newText.length - suffix)]);
  if (suffix > 0) fallback.push([0, oldText.slice(oldText.length - suffix)]);
  return fallback;
}
