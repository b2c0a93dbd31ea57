import { encodeNoteMarker, NOTE_MARKER_PATTERN, type SourceBlock } from './source-block';
import { countWork, type WorkCounter } from './work-counter';

export interface FootnoteToMark {
  key: string;
  /** Blocks read before the footnote: its marker must be in one of them. */
  blockLimit: number;
}

interface Candidate {
  block: number;
  /** Offset in the block's text as read, before any marker is put in. */
  position: number;
}

/** Where a footnote number can stand: glued to a word or punctuation, or after punctuation. */
function buildMarkerPattern(key: string): RegExp {
  return new RegExp(
    `(?<=[A-Za-z’'”")\\]])${key}(?![\\d/])` +
      `|(?<=[,.;:”")\\]]\\s{1,2})${key}(?=\\s|$)(?![\\s]*[/.]\\d)` +
      `|(?<=[A-Za-z]\\s)${key}(?=\\s{2,}|\\s*$)` +
      `|(?<=[,;:])${key}(?=\\s|$)`,
    'y',
  );
}

/**
 * Every alternative of the marker pattern is bounded by non-digits on both
 * sides, so a footnote number can only be a whole run of digits: those runs
 * are listed once, by the number they spell.
 */
function listCandidates(blocks: SourceBlock[], keys: Set<string>, counter?: WorkCounter): Map<string, Candidate[]> {
  const candidates = new Map<string, Candidate[]>();
  blocks.forEach((block, index) => {
    countWork(counter, block.text.length);
    for (const run of block.text.matchAll(/\d+/g)) {
      if (!keys.has(run[0])) continue;
      const list = candidates.get(run[0]) ?? [];
      list.push({ block: index, position: run.index! });
      candidates.set(run[0], list);
    }
  });
  return candidates;
}

/**
 * Footnote numbers survive in PDF text as plain digits. Looking for each
 * footnote's number in order, after the previous one, only where a footnote
 * marker can stand (glued to a word or punctuation, or after punctuation),
 * keeps real numbers ("article 32", "paragraph 1") intact.
 *
 * The search never goes back, so for each number a pointer into its list of
 * places moves forward only, past places before the search position and places
 * that cannot hold a marker: every place is looked at a bounded number of
 * times, however many footnotes go unfound. A marker put in changes neither
 * the digits nor the characters the pattern looks at before later places, so
 * places are tested on the text as read and the markers are put in at the end.
 */
export function markFootnoteNumbers(blocks: SourceBlock[], footnotes: FootnoteToMark[], counter?: WorkCounter): void {
  const alreadyMarked = new Set(blocks.flatMap((block) => [...block.text.matchAll(NOTE_MARKER_PATTERN)].map((match) => match[1])));
  const wanted = footnotes.filter((note) => /^\d+$/.test(note.key) && !alreadyMarked.has(note.key));
  if (wanted.length === 0) return;
  const candidates = listCandidates(blocks, new Set(wanted.map((note) => note.key)), counter);
  const patterns = new Map<string, RegExp>();
  const pointers = new Map<string, number>();
  const found: { position: number; key: string }[][] = blocks.map(() => []);
  let blockIndex = 0;
  let offset = 0;
  for (const { key, blockLimit } of wanted) {
    const list = candidates.get(key) ?? [];
    const pattern = patterns.get(key) ?? buildMarkerPattern(key);
    patterns.set(key, pattern);
    const limit = Math.min(blocks.length, blockLimit);
    let pointer = pointers.get(key) ?? 0;
    while (pointer < list.length) {
      const candidate = list[pointer]!;
      countWork(counter, 1);
      if (candidate.block < blockIndex || (candidate.block === blockIndex && candidate.position < offset)) {
        pointer += 1;
        continue;
      }
      if (candidate.block >= limit) break;
      pattern.lastIndex = candidate.position;
      if (!pattern.test(blocks[candidate.block]!.text)) {
        pointer += 1;
        continue;
      }
      found[candidate.block]!.push({ position: candidate.position, key });
      blockIndex = candidate.block;
      offset = candidate.position + key.length;
      break;
    }
    pointers.set(key, pointer);
  }
  found.forEach((places, index) => {
    if (places.length === 0) return;
    const block = blocks[index]!;
    const parts: string[] = [];
    let copied = 0;
    for (const { position, key } of places) {
      parts.push(block.text.slice(copied, position), encodeNoteMarker(key));
      copied = position + key.length;
    }
    parts.push(block.text.slice(copied));
    block.text = parts.join('');
  });
}
