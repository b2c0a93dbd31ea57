import { diffWords } from '@/lib/compare/diff-words';

export interface ChangedWords {
  inserted: string[];
  deleted: string[];
}

/** The runs of words one recorded change inserted and deleted, from the text before and after it. */
export function readChangedWords(before: string, after: string): ChangedWords {
  const inserted: string[] = [];
  const deleted: string[] = [];
  for (const [op, text] of diffWords(before, after, { showNoise: true }).ops) {
    const words = text.trim();
    if (!words) continue;
    if (op === 1) inserted.push(words);
    else if (op === -1) deleted.push(words);
  }
  return { inserted, deleted };
}
