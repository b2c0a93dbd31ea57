import { NOTE_MARKER_PATTERN } from './source-block';

export { endsParagraph } from './paragraph-end';

const URL = /(?:https?:\/\/|www\.)[^\s)\]]+/g;
const INLINE_TAG = /<\/?(?:i|u|b|em|strong|sup|sub|span)\b[^>]*>/gi;

/**
 * `[text](target)` → `text`, as `/\[([^\]]*)\]\([^)]*\)/g` would replace it.
 * That expression scans from every "[" to the next "]" again, in time
 * quadratic in the number of brackets; here the next "]" and ")" are looked
 * up once for all the "[" before them.
 */
function replaceLinks(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let from = 0;
  let close = -2;
  let paren = -2;
  for (;;) {
    const open = text.indexOf('[', from);
    if (open < 0) break;
    if (close < open) close = text.indexOf(']', open + 1);
    if (close < 0) break;
    if (text.charAt(close + 1) !== '(') {
      from = open + 1;
      continue;
    }
    if (paren !== -1 && paren < close + 2) paren = text.indexOf(')', close + 2);
    if (paren < 0) break;
    parts.push(text.slice(copied, open), text.slice(open + 1, close));
    copied = paren + 1;
    from = paren + 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** A tag without a ">" after it cannot match: leaving that part out spares rescanning it from every "<". */
function removeInlineTags(text: string): string {
  const end = text.lastIndexOf('>') + 1;
  return end === 0 ? text : text.slice(0, end).replace(INLINE_TAG, '') + text.slice(end);
}

/** Markdown syntax that carries no meaning for the corpus: links, escapes, bold, HTML tags. */
export function stripMarkdownSyntax(text: string): string {
  return removeInlineTags(replaceLinks(text).replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'))
    .replace(/\*\*/g, '')
    .replace(/\(\*([a-z]{1,6})\*\)/gi, '($1)')
    .replace(/\*\(([a-z]{1,6})\)\*/gi, '($1)');
}

export function removeUrls(text: string): string {
  return text.replace(URL, '');
}

export function isUrlOnly(text: string): boolean {
  return text.trim() !== '' && removeUrls(text).trim() === '';
}

/** Single-asterisk emphasis is dropped once the lead has been read from it. */
export function stripEmphasis(text: string): string {
  return text.replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2').replace(/(^|\s)\*(?=\s|$)/g, '$1');
}

/**
 * Final spacing rules: one space between words, none before a closing
 * punctuation mark, and a hyphen that a line break detached from its word
 * ("victim -centred") glued back.
 */
export function normalizeSpacing(text: string): string {
  return (
    text
      // Runs of blanks become one space; a lone space is left alone: rewriting every space between words costs 100 times more on a long text.
      .replace(/ (?=[\t\u00a0 ])[\t\u00a0 ]*|[\t\u00a0][\t\u00a0 ]*/g, ' ')
      .replace(/([A-Za-z]) -(?=[A-Za-z])/g, '$1-')
      .replace(/(\S) +([,;:.!?])(?=\s|$|[”’"')])/g, '$1$2')
      .replace(/\( +/g, '(')
      .replace(/ +\)/g, ')')
      .trim()
  );
}

export function removeNoteMarkers(text: string): string {
  return text.replace(NOTE_MARKER_PATTERN, '');
}
