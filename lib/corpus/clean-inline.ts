import { NOTE_MARKER_PATTERN } from './source-block';

const URL = /(?:https?:\/\/|www\.)[^\s)\]]+/g;

/** Markdown syntax that carries no meaning for the corpus: links, escapes, bold, HTML tags. */
export function stripMarkdownSyntax(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/<\/?(?:i|u|b|em|strong|sup|sub|span)\b[^>]*>/gi, '')
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
  return text
    .replace(/[\t\u00a0 ]+/g, ' ')
    .replace(/([A-Za-z]) -(?=[A-Za-z])/g, '$1-')
    .replace(/(\S) +([,;:.!?])(?=\s|$|[”’"')])/g, '$1$2')
    .replace(/\( +/g, '(')
    .replace(/ +\)/g, ')')
    .trim();
}

export function removeNoteMarkers(text: string): string {
  return text.replace(NOTE_MARKER_PATTERN, '');
}

/** Ends like a finished paragraph (preambular ",", operative ";" or ".", chapeau ":"). */
export function endsParagraph(text: string): boolean {
  const bare = removeNoteMarkers(text).replace(/[*\s]+$/, '');
  return /[.,;:!?]["”’')]*$/.test(bare);
}
