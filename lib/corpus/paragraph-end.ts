import type { GrowingText } from './growing-text';

/*
 * Questions about how a text ends, answered by reading it backwards from its
 * last character and stopping as soon as the answer is known. The regular
 * expressions these replace (`/[*\s]+$/` and the like) are retried from every
 * position of the text, so asking them after every line of a long paragraph
 * cost time quadratic in its length.
 */

interface BackwardSource {
  scanBackward(visit: (code: number, index: number) => boolean): void;
}

const NOTE_OPEN = 0xe000;
const NOTE_CLOSE = 0xe001;
const STAR = 0x2a;

/** What `\s` matches: ECMAScript white space and line terminators. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `["”’')]`: what may close a sentence after its punctuation. */
function isClosingQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x2019 || code === 0x201d;
}

/** `[.,;:!?]` */
function isParagraphPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function wrapString(text: string): BackwardSource {
  return {
    scanBackward(visit) {
      for (let index = text.length - 1; index >= 0; index -= 1) if (!visit(text.charCodeAt(index), index)) return;
    },
  };
}

type Phase = 'strip' | 'quotes';

/** The answer for the text up to a length, for a reading that reaches that length in each phase. */
interface ParagraphEndMemo {
  strip: boolean;
  quotes: boolean;
}

/**
 * Reads backwards as `endsParagraph` decides: note markers are ignored,
 * trailing `*` and white space skipped (phase "strip"), then closing quotes
 * (phase "quotes"); the next character decides. Reaching `known.length`, the
 * remembered answer for that prefix in the current phase applies.
 */
function readParagraphEnd(source: BackwardSource, start: Phase, known?: { length: number; value: ParagraphEndMemo }): boolean {
  let phase = start;
  let inMarker = false;
  let answer = false;
  source.scanBackward((code, index) => {
    if (known && index < known.length) {
      answer = known.value[phase];
      return false;
    }
    if (inMarker) {
      if (code === NOTE_OPEN) inMarker = false;
      return true;
    }
    if (code === NOTE_CLOSE) {
      inMarker = true;
      return true;
    }
    if (phase === 'strip' && (code === STAR || isSpace(code))) return true;
    phase = 'quotes';
    if (isClosingQuote(code)) return true;
    answer = isParagraphPunctuation(code);
    return false;
  });
  return answer;
}

/**
 * Ends like a finished paragraph (preambular ",", operative ";" or ".",
 * chapeau ":"), after note markers, emphasis stars and closing quotes.
 * Note markers must be whole (the readers drop stray sentinels).
 */
export function endsParagraph(text: string): boolean {
  return readParagraphEnd(wrapString(text), 'strip');
}

/**
 * `endsParagraph` for a paragraph that grows: what was read at the last
 * question is remembered, so asking after every line reads each character a
 * bounded number of times.
 */
export function endsGrowingParagraph(text: GrowingText): boolean {
  const known = text.recallEnd<ParagraphEndMemo>();
  const memo: ParagraphEndMemo = { strip: readParagraphEnd(text, 'strip', known), quotes: readParagraphEnd(text, 'quotes', known) };
  text.rememberEnd(memo);
  return memo.strip;
}

/** A footnote number still trails the punctuation: `/([.,;:])\s*\d{1,3}\s*$/` ("Convention,2"). */
export function endsWithFootnoteNumber(text: GrowingText): boolean {
  let phase: 'space after' | 'digits' | 'space before' = 'space after';
  let digits = 0;
  let answer = false;
  text.scanBackward((code) => {
    if (phase === 'space after') {
      if (isSpace(code)) return true;
      phase = 'digits';
    }
    if (phase === 'digits') {
      if (isDigit(code)) {
        digits += 1;
        return digits <= 3;
      }
      if (digits === 0) return false;
      phase = 'space before';
    }
    if (isSpace(code)) return true;
    answer = code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a;
    return false;
  });
  return answer && digits <= 3;
}

/** The last character that is not white space is one of `characters`. */
export function endsWithOneOf(text: GrowingText, characters: string): boolean {
  let answer = false;
  text.scanBackward((code) => {
    if (isSpace(code)) return true;
    answer = characters.includes(String.fromCharCode(code));
    return false;
  });
  return answer;
}
