import { countWord, type Vocabulary } from './vocabulary';

/**
 * A word seen this often is "common": two common words side by side are a real
 * pair ("in to", "a n") even when their concatenation is also a word.
 */
const COMMON_WORD_COUNT = 3;

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
const SPACE = 0x20;

interface Piece {
  text: string;
  start: number;
  end: number;
}

function isCommon(vocabulary: Vocabulary, word: string): boolean {
  return countWord(vocabulary, word) >= COMMON_WORD_COUNT;
}

function shouldJoin(vocabulary: Vocabulary, pieces: string[]): boolean {
  const joined = pieces.join('');
  if (countWord(vocabulary, joined) === 0) return false;
  if (pieces.every((piece) => isCommon(vocabulary, piece))) return false;
  // Two letters, one of them a word in its own right ("a n"), are too weak a clue.
  if (pieces.every((piece) => piece.length === 1) && pieces.some((piece) => isCommon(vocabulary, piece))) return false;
  // An inner capital ("New York" → "NewYork") means two names, not a split word.
  return pieces.slice(1).every((piece) => piece[0] === piece[0].toLowerCase());
}

/**
 * Repairs words split by a stray space ("vulnerabi lity", "tr afficking")
 * using corpus frequencies: the joined form must be attested and the pieces
 * must not all be common words on their own. Up to three pieces separated by
 * single spaces are joined, the longest run first.
 *
 * Words are read one at a time with a window of the next two, and the text
 * between joins is copied in slices: no array of every token of a paragraph
 * that may be megabytes long.
 */
export function repairSplitWords(text: string, vocabulary: Vocabulary): string {
  const pattern = new RegExp(WORD.source, 'g');
  const readWord = (): Piece | undefined => {
    const match = pattern.exec(text);
    return match ? { text: match[0], start: match.index, end: match.index + match[0].length } : undefined;
  };
  const follows = (left: Piece | undefined, right: Piece | undefined): boolean =>
    left !== undefined && right !== undefined && right.start === left.end + 1 && text.charCodeAt(left.end) === SPACE;
  const window = [readWord(), readWord(), readWord()];
  const parts: string[] = [];
  let copied = 0;
  while (window[0]) {
    const [first, second, third] = window as [Piece, Piece | undefined, Piece | undefined];
    let consumed = 1;
    if (follows(first, second) && follows(second, third) && shouldJoin(vocabulary, [first.text, second!.text, third!.text])) consumed = 3;
    else if (follows(first, second) && shouldJoin(vocabulary, [first.text, second!.text])) consumed = 2;
    if (consumed > 1) {
      const pieces = window.slice(0, consumed) as Piece[];
      parts.push(text.slice(copied, first.start), pieces.map((piece) => piece.text).join(''));
      copied = pieces[consumed - 1]!.end;
    }
    for (let step = 0; step < consumed; step += 1) {
      window.shift();
      window.push(readWord());
    }
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
