import { countWord, type Vocabulary } from '../text/vocabulary';

/**
 * Joins two physical lines of one paragraph. A hyphen at the end of a line is
 * either a real hyphen ("near-" + "universal") or a soft hyphenation
 * ("vulnera-" + "bility"): the corpus vocabulary decides. A hyphen detached by a
 * space ("victim -" + "centred") always belongs to a compound.
 */
export function joinLines(left: string, right: string, vocabulary: Vocabulary): string {
  const head = left.replace(/\s+$/, '');
  const tail = right.replace(/^\s+/, '');
  if (head === '') return tail;
  if (tail === '') return head;
  if (/[A-Za-z] -$/.test(head)) return `${head.slice(0, -2)}-${tail}`;
  const hyphenated = /([A-Za-z]+)-$/.exec(head);
  const next = /^([a-z]+)/.exec(tail);
  if (hyphenated && next) {
    const joined = hyphenated[1] + next[1];
    const compound = `${hyphenated[1]}-${next[1]}`;
    const soft = countWord(vocabulary, joined) > 0 && !vocabularyHasCompound(vocabulary, compound);
    return soft ? `${head.slice(0, -1)}${tail}` : `${head}${tail}`;
  }
  if (/[A-Za-z]-$/.test(head)) return `${head}${tail}`;
  return `${head} ${tail}`;
}

/** The tokenizer splits compounds, so a compound is "known" when both halves are common. */
function vocabularyHasCompound(vocabulary: Vocabulary, compound: string): boolean {
  return compound.split('-').every((part) => countWord(vocabulary, part) >= 3);
}
