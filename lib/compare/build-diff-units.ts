/**
 * Turns a paragraph into the units a word diff runs on. With noise shown every
 * token is a unit keyed by its exact text. With noise hidden, whitespace and
 * footnote markers ride along with the preceding unit (so they never show as
 * edits), keys are normalised, and words split by PDF extraction are rejoined
 * when the other text spells them whole.
 */

import { normalizeToken } from './normalize-token';
import { tokenizeText, type TextToken, type TokenKind } from './tokenize-text';

export interface DiffUnit {
  kind: TokenKind;
  /** What the diff compares. */
  key: string;
  /** Original text, including any trailing whitespace and noise. */
  text: string;
}

export interface UnitVocabulary {
  words: Set<string>;
  /** Consecutive word keys joined by a space. */
  pairs: Set<string>;
}

export interface UnitSequence {
  units: DiffUnit[];
  /** Text that belongs to no unit (all noise); only when `units` is empty. */
  rest: string;
}

const FOOTNOTE_AFTER_PUNCT = /^[,;:.)"'”’]$/;
const FOOTNOTE_AFTER_WORD = /\p{Ll}{3}$/u;
const MAX_JOINED_PARTS = 4;

export function buildExactUnits(text: string): UnitSequence {
  const units = tokenizeText(text).map((token) => ({ kind: token.kind, key: token.text, text: token.text }));
  return { units, rest: '' };
}

/** Call `joinSplitWords` on the result once the other text's vocabulary is known. */
export function buildNoiseFreeUnits(text: string): UnitSequence {
  const tokens = tokenizeText(text);
  const units: DiffUnit[] = [];
  let prefix = '';
  tokens.forEach((token, index) => {
    if (isNoiseToken(tokens, index)) {
      const last = units.at(-1);
      if (last) last.text += token.text;
      else prefix += token.text;
      return;
    }
    units.push({ kind: token.kind, key: normalizeToken(token.text), text: token.text });
  });
  if (units.length === 0) return { units, rest: prefix };
  units[0]!.text = prefix + units[0]!.text;
  return { units, rest: '' };
}

export function collectVocabulary(units: DiffUnit[]): UnitVocabulary {
  const words = new Set<string>();
  const pairs = new Set<string>();
  let previous: DiffUnit | undefined;
  for (const unit of units) {
    if (unit.kind === 'word') {
      words.add(unit.key);
      if (previous?.kind === 'word') pairs.add(`${previous.key} ${unit.key}`);
    }
    previous = unit;
  }
  return { words, pairs };
}

function isNoiseToken(tokens: TextToken[], index: number): boolean {
  const token = tokens[index]!;
  if (token.kind === 'space' || token.kind === 'marker') return true;
  if (token.kind !== 'number' || !/^\d{1,3}$/.test(token.text)) return false;
  // A short number glued to punctuation or to the end of a lower-case word is a
  // footnote reference flattened by extraction ("Convention,2", "victims29").
  const previous = tokens[index - 1];
  if (!previous) return false;
  if (previous.kind === 'punct') {
    const beforePunct = tokens[index - 2];
    return FOOTNOTE_AFTER_PUNCT.test(previous.text) && beforePunct?.kind !== 'number';
  }
  return previous.kind === 'word' && FOOTNOTE_AFTER_WORD.test(previous.text);
}

/**
 * PDF extraction breaks words at line ends ("vulnerabi lity", "victim -centred",
 * "anti- trafficking"). Rejoin a run of units only when the other text has the
 * joined word and does not itself have the split pair, so a genuine two-word
 * phrase is never swallowed.
 */
export function joinSplitWords(units: DiffUnit[], other: UnitVocabulary): DiffUnit[] {
  const joined: DiffUnit[] = [];
  let index = 0;
  while (index < units.length) {
    const match = findJoin(units, index, other);
    if (match) {
      const parts = units.slice(index, index + match.length);
      joined.push({ kind: 'word', key: match.key, text: parts.map((part) => part.text).join('') });
      index += match.length;
    } else {
      joined.push(units[index]!);
      index += 1;
    }
  }
  return joined;
}

function findJoin(units: DiffUnit[], start: number, other: UnitVocabulary): { key: string; length: number } | null {
  const first = units[start]!;
  if (first.kind !== 'word' || other.words.has(first.key)) return findHyphenJoin(units, start, other);
  let key = first.key;
  for (let length = 2; length <= MAX_JOINED_PARTS && start + length <= units.length; length += 1) {
    const next = units[start + length - 1]!;
    if (next.kind !== 'word') break;
    key += next.key;
    if (other.words.has(key)) return { key, length };
  }
  return findHyphenJoin(units, start, other);
}

/** Joins where a hyphen or a fragment already in the other text takes part. */
function findHyphenJoin(units: DiffUnit[], start: number, other: UnitVocabulary): { key: string; length: number } | null {
  const first = units[start]!;
  const second = units[start + 1];
  const third = units[start + 2];
  if (first.kind !== 'word' || !second) return null;
  if (second.kind === 'punct' && second.key === '-' && third?.kind === 'word' && /\s/.test(first.text + second.text)) {
    for (const key of [`${first.key}-${third.key}`, `${first.key}${third.key}`]) {
      if (other.words.has(key)) return { key, length: 3 };
    }
  }
  if (second.kind === 'word' && /\s/.test(first.text) && !other.pairs.has(`${first.key} ${second.key}`)) {
    const key = first.key + second.key;
    if (other.words.has(key) && !other.words.has(second.key)) return { key, length: 2 };
  }
  return null;
}
