import { createIntBuffer, pushInt } from './int-buffer';
import { createIntHashMap, getIntValue, setIntValue } from './int-hash-map';
import type { LanguageIndex, SearchIndex } from './types';

export function createLanguageIndex(): LanguageIndex {
  return {
    hash: createIntBuffer(1024),
    heads: createIntHashMap(1024),
    next: createIntBuffer(1024),
    shared: createIntBuffer(1024),
    sharedParagraphs: 0,
  };
}

const FOOTNOTE_MARKERS = /[\u00b9\u00b2\u00b3\u2070-\u209f\u02b0-\u02ff]|<sup>[^<]*<\/sup>/g;

/**
 * What two texts must share to be one piece of language: case, quote style, spacing, footnote markers and the
 * closing comma, semicolon or full stop do not count; a single different word does.
 */
export function normalizeLanguage(text: string): string {
  return text
    .replace(FOOTNOTE_MARKERS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;.]+$/, '')
    .trim();
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) | 0;
}

/** Raw equality first: twins are nearly always the very same string, and normalising costs a few regular expressions. */
function isSameLanguage(text: string, other: string, otherNormalised: string): boolean {
  return text === other || normalizeLanguage(text) === otherNormalised;
}

function paragraphText(index: SearchIndex, paragraphId: number): string {
  const { doc } = index.documents[index.paragraphDoc.data[paragraphId]];
  return doc.paragraphs[index.paragraphSlot.data[paragraphId]].text;
}

/** Records the language of a paragraph just appended to the index (its id is the last one). */
export function noteParagraphLanguage(index: SearchIndex, paragraphId: number, text: string): void {
  const language = index.language;
  const normalised = normalizeLanguage(text);
  const hash = hashString(normalised);
  const head = getIntValue(language.heads, hash);
  // The newest live twin is enough: every older live one was flagged when a later one arrived, so a group of
  // twins costs one comparison per paragraph, not one per pair.
  let shared = 0;
  for (let other = head; other >= 0; other = language.next.data[other]) {
    if (index.liveLength.data[other] < 0) continue;
    if (!isSameLanguage(paragraphText(index, other), text, normalised)) continue;
    shared = 1;
    if (language.shared.data[other] === 0) {
      language.shared.data[other] = 1;
      language.sharedParagraphs++;
    }
    break;
  }
  pushInt(language.hash, hash);
  pushInt(language.next, head);
  pushInt(language.shared, shared);
  language.sharedParagraphs += shared;
  setIntValue(language.heads, hash, paragraphId);
}

/**
 * The live paragraphs with the same language as `paragraphId` (itself included) that `admit` accepts, verified on
 * the text so a hash collision never merges two different paragraphs.
 */
export function listIdenticalParagraphs(
  index: SearchIndex,
  paragraphId: number,
  admit: (paragraphId: number) => boolean = () => true,
): number[] {
  const language = index.language;
  if (language.shared.data[paragraphId] === 0) return [paragraphId];
  const text = paragraphText(index, paragraphId);
  const normalised = normalizeLanguage(text);
  const found: number[] = [];
  for (let other = getIntValue(language.heads, language.hash.data[paragraphId]); other >= 0; other = language.next.data[other]) {
    if (other !== paragraphId && (index.liveLength.data[other] < 0 || !admit(other))) continue;
    if (other === paragraphId || isSameLanguage(paragraphText(index, other), text, normalised)) found.push(other);
  }
  return found;
}
