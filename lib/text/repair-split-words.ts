import { countWord, type Vocabulary } from './vocabulary';

/**
 * A word seen this often is "common": two common words side by side are a real
 * pair ("in to", "a n") even when their concatenation is also a word.
 */
const COMMON_WORD_COUNT = 3;
const MAX_PIECES = 3;

const TOKEN = /[A-Za-z]+(?:['’][A-Za-z]+)*|\s+|[^A-Za-z\s]+/g;

function isWord(token: string | undefined): token is string {
  return token !== undefined && /^[A-Za-z]/.test(token);
}

function isSingleSpace(token: string | undefined): boolean {
  return token === ' ';
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
 * must not all be common words on their own.
 */
export function repairSplitWords(text: string, vocabulary: Vocabulary): string {
  const tokens = text.match(TOKEN) ?? [];
  const out: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    const join = isWord(token) ? findJoin(tokens, index, vocabulary) : undefined;
    out.push(join?.word ?? token);
    index += join?.consumed ?? 1;
  }
  return out.join('');
}

/** Longest run of single-space-separated pieces starting at `index` that should be one word. */
function findJoin(
  tokens: string[],
  index: number,
  vocabulary: Vocabulary,
): { word: string; consumed: number } | undefined {
  for (let count = MAX_PIECES; count >= 2; count -= 1) {
    const pieces = [tokens[index]];
    let cursor = index;
    while (pieces.length < count && isSingleSpace(tokens[cursor + 1]) && isWord(tokens[cursor + 2])) {
      pieces.push(tokens[cursor + 2]);
      cursor += 2;
    }
    if (pieces.length === count && shouldJoin(vocabulary, pieces)) {
      return { word: pieces.join(''), consumed: cursor - index + 1 };
    }
  }
  return undefined;
}
