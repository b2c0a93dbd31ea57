import { countWord, measureLongestWord, type Vocabulary } from '../text/vocabulary';
import { GrowingText } from './growing-text';

const HYPHEN = 0x2d;
const SPACE = 0x20;

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The letters just before a final hyphen ("vulnera" in "…of vulnera-"), at
 * most `limit` of them: a longer run cannot form an attested word anyway.
 * Empty when the text does not end with letters and a hyphen.
 */
function readHyphenatedWord(text: GrowingText, limit: number): string {
  let letters = 0;
  text.scanBackward((code, index) => {
    if (index === text.length - 1) return code === HYPHEN;
    if (!isLetter(code)) return false;
    letters += 1;
    return letters < limit;
  });
  return letters === 0 ? '' : text.readEnd(letters + 1).slice(0, letters);
}

/** Ends with a letter, a space and a hyphen ("victim -"). */
function endsWithDetachedHyphen(text: GrowingText): boolean {
  const end = text.readEnd(3);
  return end.length === 3 && isLetter(end.charCodeAt(0)) && end.charCodeAt(1) === SPACE && end.charCodeAt(2) === HYPHEN;
}

/**
 * Appends one physical line to a paragraph. A hyphen at the end of a line is
 * either a real hyphen ("near-" + "universal") or a soft hyphenation
 * ("vulnera-" + "bility"): the corpus vocabulary decides. A hyphen detached by a
 * space ("victim -" + "centred") always belongs to a compound. Only the end of
 * the paragraph is read, so a paragraph of n lines is joined in time linear in
 * its length.
 */
export function appendLine(text: GrowingText, line: string, vocabulary: Vocabulary): void {
  text.trimEnd();
  const tail = line.trimStart();
  if (text.length === 0 || tail === '') {
    text.append(tail);
    return;
  }
  if (endsWithDetachedHyphen(text)) {
    text.dropEnd(2);
    text.append(`-${tail}`);
    return;
  }
  // One letter more than the longest known word is enough to tell that the joined word is unknown.
  const hyphenated = readHyphenatedWord(text, measureLongestWord(vocabulary) + 1);
  if (hyphenated === '') {
    text.append(` ${tail}`);
    return;
  }
  const next = /^[a-z]+/.exec(tail);
  if (next) {
    const joined = hyphenated + next[0];
    const compound = `${hyphenated}-${next[0]}`;
    const soft = countWord(vocabulary, joined) > 0 && !vocabularyHasCompound(vocabulary, compound);
    if (soft) text.dropEnd(1);
  }
  text.append(tail);
}

/** Joins two physical lines of one paragraph (see `appendLine`). */
export function joinLines(left: string, right: string, vocabulary: Vocabulary): string {
  const text = new GrowingText();
  text.append(left);
  appendLine(text, right, vocabulary);
  return text.toString();
}

/** The tokenizer splits compounds, so a compound is "known" when both halves are common. */
function vocabularyHasCompound(vocabulary: Vocabulary, compound: string): boolean {
  return compound.split('-').every((part) => countWord(vocabulary, part) >= 3);
}
