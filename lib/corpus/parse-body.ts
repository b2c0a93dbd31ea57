import type { ParagraphKind } from './types';
import { removeNoteMarkers, stripEmphasis } from './clean-inline';
import { CorpusParseError } from './corpus-parse-error';
import { looksLikePreambularStart } from './detect-lead';
import { GrowingText } from './growing-text';
import { endsGrowingParagraph } from './paragraph-end';
import { letterToNumber, numberToLetter, numberToRoman, romanToNumber } from './refs';
import type { SourceBlock } from './source-block';
import type { WorkCounter } from './work-counter';

export interface RawParagraph {
  ref: string;
  kind: ParagraphKind;
  depth: number;
  /** Text without its number or letter, still holding emphasis and note markers. */
  text: string;
  line: number;
}

export interface ParsedBody {
  paragraphs: RawParagraph[];
  /** Unnumbered text that is not a preambular paragraph (editorial notes). */
  loose: string[];
  warnings: string[];
}

const NUMBERED = /^(\d{1,3})\.\s+/;
const LETTERED = /^\(([a-z]{1,6})\)\s*/i;

function plain(text: string): string {
  return stripEmphasis(removeNoteMarkers(text)).trim();
}

/**
 * A block that opens a preambular paragraph without a chapeau to vouch for
 * it: a participle ("Recalling", "Deeply concerned") and the comma that ends
 * a preambular paragraph, which a title or heading ("Strengthening …") lacks.
 */
export function opensPreambularParagraph(text: string): boolean {
  const plainText = plain(text);
  return /^[A-Za-z*]/.test(plainText) && looksLikePreambularStart(plainText) && /,$/.test(plainText);
}

interface Cursor {
  number?: number;
  letter?: number;
  roman?: number;
  preambular: number;
}

type Level = 'letter' | 'roman';

/**
 * Chooses between letter and roman readings of "(i)", "(v)", "(x)": a roman
 * list opens only under a letter whose text announces a list (":"), and
 * continues while the numerals follow on.
 */
function chooseLevel(token: string, cursor: Cursor, readPrevious: () => string | undefined): Level | 'backwards' | undefined {
  const asLetter = letterToNumber(token);
  const asRoman = romanToNumber(token);
  const letterNext = asLetter !== undefined && asLetter === (cursor.letter ?? 0) + 1;
  const romanNext = cursor.letter !== undefined && asRoman !== undefined && asRoman === (cursor.roman ?? 0) + 1;
  if (letterNext && romanNext) {
    if (cursor.roman !== undefined) return 'roman';
    // Read once per paragraph at most: whatever this returns, the block opens a new paragraph.
    const previous = readPrevious();
    return previous !== undefined && /:\s*$/.test(plain(previous)) ? 'roman' : 'letter';
  }
  if (romanNext) return 'roman';
  if (letterNext) return 'letter';
  if (cursor.roman !== undefined && asRoman !== undefined && asRoman > cursor.roman) return 'roman';
  if (asLetter !== undefined && asLetter > (cursor.letter ?? 0)) return 'letter';
  return 'backwards';
}

/**
 * Reads the paragraphs of a document body: preambular paragraphs until the
 * first number, then numbered paragraphs with lettered and roman
 * subparagraphs, or a list lettered from the top (decisions). Text that does
 * not close its paragraph (a page break, footnotes in between) is joined to
 * the next block.
 */
export function parseBody(blocks: SourceBlock[], options: { preambular: boolean; counter?: WorkCounter }): ParsedBody {
  const paragraphs: RawParagraph[] = [];
  // A paragraph may take in many blocks (a page break, unnumbered text): its text grows apart and is read whole at the end.
  const texts: GrowingText[] = [];
  const loose: string[] = [];
  const warnings: string[] = [];
  const cursor: Cursor = { preambular: 0 };

  const previous = (): RawParagraph | undefined => paragraphs[paragraphs.length - 1];
  const readPrevious = (): string | undefined => texts[texts.length - 1]?.toString();
  const pushParagraph = (paragraph: Omit<RawParagraph, 'text'>, text: string): void => {
    const growing = new GrowingText(options.counter);
    growing.append(text);
    paragraphs.push({ ...paragraph, text: '' });
    texts.push(growing);
  };
  const continuesPrevious = (): boolean => {
    const last = texts[texts.length - 1];
    return last !== undefined && !endsGrowingParagraph(last);
  };
  const appendToPrevious = (text: string): void => {
    const last = texts[texts.length - 1];
    if (!last) return;
    last.trimEnd();
    last.append(` ${text}`);
  };

  for (const block of blocks) {
    const text = block.text.trim();
    const numbered = NUMBERED.exec(text);
    const lettered = numbered ? null : LETTERED.exec(text);

    if (numbered) {
      const value = Number(numbered[1]);
      const expected = (cursor.number ?? 0) + 1;
      if (value !== expected && continuesPrevious()) {
        appendToPrevious(text);
        continue;
      }
      if (value < expected) {
        throw new CorpusParseError(
          `Line ${block.line}: paragraph ${value} comes after paragraph ${cursor.number}; the numbering goes backwards`,
          block.line,
          'import-numbering-backwards',
          { line: String(block.line), number: String(value), previous: String(cursor.number) },
        );
      }
      if (value > expected) warnings.push(`Line ${block.line}: numbering jumps from ${expected - 1} to ${value}`);
      cursor.number = value;
      cursor.letter = undefined;
      cursor.roman = undefined;
      pushParagraph({ ref: String(value), kind: 'operative', depth: 0, line: block.line }, text.slice(numbered[0].length));
      continue;
    }

    if (lettered) {
      const token = lettered[1].toLowerCase();
      const level = chooseLevel(token, cursor, readPrevious);
      if (level === 'backwards' || level === undefined) {
        if (continuesPrevious()) {
          appendToPrevious(text);
          continue;
        }
        const last = cursor.roman !== undefined ? `(${numberToRoman(cursor.roman)})` : `(${numberToLetter(cursor.letter ?? 0)})`;
        throw new CorpusParseError(
          `Line ${block.line}: subparagraph (${token}) comes after ${last}; the lettering goes backwards`,
          block.line,
          'import-lettering-backwards',
          { line: String(block.line), letter: token, previous: last },
        );
      }
      const base = cursor.number === undefined ? '' : String(cursor.number);
      const topLevel = cursor.number === undefined;
      const body = text.slice(lettered[0].length);
      if (level === 'letter') {
        const value = letterToNumber(token) ?? 0;
        if (value !== (cursor.letter ?? 0) + 1) {
          warnings.push(`Line ${block.line}: subparagraph (${token}) skips letters`);
        }
        cursor.letter = value;
        cursor.roman = undefined;
        pushParagraph(
          { ref: `${base}(${token})`, kind: topLevel ? 'operative' : 'subparagraph', depth: topLevel ? 0 : 1, line: block.line },
          body,
        );
      } else {
        cursor.roman = romanToNumber(token);
        pushParagraph(
          {
            ref: `${base}(${numberToLetter(cursor.letter ?? 1)})(${token})`,
            kind: 'subparagraph',
            depth: topLevel ? 1 : 2,
            line: block.line,
          },
          body,
        );
      }
      continue;
    }

    if (continuesPrevious()) {
      appendToPrevious(text);
      continue;
    }
    const operativeStarted = cursor.number !== undefined || cursor.letter !== undefined;
    if (!operativeStarted) {
      const preambular = options.preambular ? /^[A-Za-z*]/.test(plain(text)) : opensPreambularParagraph(text);
      if (preambular) {
        cursor.preambular += 1;
        pushParagraph({ ref: `PP${cursor.preambular}`, kind: 'preambular', depth: 0, line: block.line }, text);
      } else {
        loose.push(text);
      }
      continue;
    }
    warnings.push(`Line ${block.line}: unnumbered text after paragraph ${previous()?.ref ?? ''} kept with it`);
    appendToPrevious(text);
  }
  paragraphs.forEach((paragraph, index) => {
    paragraph.text = texts[index]!.toString();
  });
  return { paragraphs, loose, warnings };
}
