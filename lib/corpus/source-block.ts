/**
 * Intermediate form shared by the Markdown and plain-text readers: logical
 * blocks (a paragraph, a heading, a footnote) with their source line, before
 * any document structure is inferred.
 */
export interface SourceBlock {
  text: string;
  /** 1-based line of the input where the block starts. */
  line: number;
  kind: 'body' | 'footnote';
  /** Footnote number or "*" for footnote blocks. */
  footnoteKey?: string;
}

/**
 * Footnote markers stay in the text as private-use sentinels until paragraphs
 * are final, so that a paragraph joined across a page keeps its markers.
 */
export const NOTE_OPEN = '\uE000';
export const NOTE_CLOSE = '\uE001';

export function encodeNoteMarker(key: string): string {
  return `${NOTE_OPEN}${key}${NOTE_CLOSE}`;
}

export const NOTE_MARKER_PATTERN = /\uE000([^\uE001]*)\uE001/g;

/**
 * The sentinels are taken out of the input first: a stray one (some PDF fonts
 * map glyphs to the private-use area) would pair with a real marker and hide
 * text, and the readers rely on every marker being whole.
 */
export function removeNoteSentinels(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function superscriptToDigits(value: string): string {
  return [...value]
    .map((char) => {
      const index = SUPERSCRIPT_DIGITS.indexOf(char);
      return index >= 0 ? String(index) : char;
    })
    .join('');
}

export const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
